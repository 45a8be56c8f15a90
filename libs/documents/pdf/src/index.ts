export * from './booklet';
export type { IssuedDocumentInput, RegionRef } from './document-input';
export { contentWidth, paragraph, type TextStyle } from './document-parts';
export * from './fonts';
export * from './french-date';
export * from './parchment';
export { attachCredential, createPdfDocument, CREDENTIAL_ATTACHMENT, finishPdf, PDF_PROFILE, type DocumentMetadata } from './pdf-document';
export * from './pdf-input-error';
export { drawQrCode } from './qr-code';
