import PDFDocument from 'pdfkit';
import { dejaVuFonts } from './fonts';

/** Name, media type and relationship of the verifiable credential every document carries. */
export const CREDENTIAL_ATTACHMENT = {
  name: 'credential.json',
  mediaType: 'application/ld+json',
  /** PDF/A-3 `AFRelationship`: the attachment is the machine-readable form of the page's content. */
  relationship: 'Data',
} as const;

/** The PDF/A flavour of every document: archival (ISO 19005-3, level B) with embedded files allowed. */
export const PDF_PROFILE = { subset: 'PDF/A-3b', pdfVersion: '1.7', lang: 'fr-FR' } as const;

export interface DocumentMetadata {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly createdAt: Date;
  /** The producing application, as the Info dictionary and the XMP name it. */
  readonly creator?: string;
}

/** `relationship` is in pdfkit 0.20 (`AFRelationship`) but not yet in @types/pdfkit 0.17. */
type AttachmentOptions = PDFKit.Mixins.PDFAttachmentOptions & {
  readonly relationship: (typeof CREDENTIAL_ATTACHMENT)['relationship'];
};

/**
 * pdfkit copies Title, Author and Subject into the XMP packet without escaping them; PDF/A needs the
 * Info dictionary and the XMP to agree, so the characters that would break the XML are replaced in both.
 */
const xmpSafe = (text: string): string => text.replace(/&/g, 'et').replace(/</g, '‹').replace(/>/g, '›');

/** A4 document, PDF/A-3b, tagged, in French, with DejaVu Sans as its only fonts. */
export const createPdfDocument = (metadata: DocumentMetadata): PDFKit.PDFDocument => {
  const fonts = dejaVuFonts();
  return new PDFDocument({
    size: 'A4',
    margin: 56,
    subset: PDF_PROFILE.subset,
    pdfVersion: PDF_PROFILE.pdfVersion,
    tagged: true,
    lang: PDF_PROFILE.lang,
    displayTitle: true,
    // The default would load Helvetica, a font PDF/A cannot use since it is never embedded.
    font: fonts.regular,
    info: {
      Title: xmpSafe(metadata.title),
      Author: xmpSafe(metadata.author),
      Subject: xmpSafe(metadata.subject),
      Creator: xmpSafe(metadata.creator ?? 'titrepro document-issuance'),
      CreationDate: metadata.createdAt,
    },
  });
};

/** Embeds the credential JSON byte for byte, listed in the catalogue's AF array (PDF/A-3). */
export const attachCredential = (doc: PDFKit.PDFDocument, credentialJson: string, createdAt: Date): void => {
  const options: AttachmentOptions = {
    name: CREDENTIAL_ATTACHMENT.name,
    type: CREDENTIAL_ATTACHMENT.mediaType,
    description: 'Attestation vérifiable (W3C Verifiable Credential) de ce document',
    relationship: CREDENTIAL_ATTACHMENT.relationship,
    creationDate: createdAt,
    modifiedDate: createdAt,
  };
  doc.file(Buffer.from(credentialJson, 'utf8'), options);
};

/** Ends the document and resolves with its bytes. */
export const finishPdf = (doc: PDFKit.PDFDocument): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
