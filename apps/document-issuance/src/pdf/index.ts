export * from './booklet';
export type { IssuedDocumentInput, RegionRef } from './document-input';
export * from './fonts';
export * from './french-date';
export * from './parchment';
export { CREDENTIAL_ATTACHMENT, PDF_PROFILE } from './pdf-document';
export * from './pdf-input-error';
