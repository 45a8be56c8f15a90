import { readZipEntries, storedEntryData } from './zip-entries';

export const PDF_MEDIA_TYPE = 'application/pdf';
export const ODT_MEDIA_TYPE = 'application/vnd.oasis.opendocument.text';
export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The document types a DSPP may be uploaded as. */
export const DOCUMENT_MEDIA_TYPES = [PDF_MEDIA_TYPE, ODT_MEDIA_TYPE, DOCX_MEDIA_TYPE] as const;
export type DocumentMediaType = (typeof DOCUMENT_MEDIA_TYPES)[number];

export const isDocumentMediaType = (value: unknown): value is DocumentMediaType => (DOCUMENT_MEDIA_TYPES as readonly unknown[]).includes(value);

const PDF_HEADER = Buffer.from('%PDF-', 'latin1');
const PDF_END = Buffer.from('%%EOF', 'latin1');
// Readers look for %%EOF in the last kilobyte: some writers append whitespace or junk after it.
const PDF_END_WINDOW = 1024;

// A truncated upload loses its end: the trailer for a PDF, the central directory for a ZIP.
const isPdf = (content: Buffer): boolean =>
  content.subarray(0, PDF_HEADER.length).equals(PDF_HEADER) && content.subarray(-PDF_END_WINDOW).includes(PDF_END);

const zipDocumentType = (content: Buffer): DocumentMediaType | undefined => {
  const entries = readZipEntries(content);
  if (!entries) return undefined;
  // ODF: the first entry is `mimetype`, stored, at offset 0, so the type is readable at a fixed place.
  const [first] = entries;
  if (first?.name === 'mimetype' && first.localHeaderOffset === 0) {
    return storedEntryData(content, first)?.toString('latin1') === ODT_MEDIA_TYPE ? ODT_MEDIA_TYPE : undefined;
  }
  // OOXML (OPC): the content types part and the main document part of WordprocessingML.
  const names = new Set(entries.map((entry) => entry.name));
  return names.has('[Content_Types].xml') && names.has('word/document.xml') ? DOCX_MEDIA_TYPE : undefined;
};

/**
 * The document type the bytes are, whatever name or type the upload claimed: PDF, ODT or DOCX, or
 * undefined for anything else (an executable renamed .pdf, another ZIP, an ODS spreadsheet, a
 * truncated file, nothing). Structure only: it does not prove the document opens.
 */
export const detectDocumentType = (content: Buffer): DocumentMediaType | undefined => {
  if (isPdf(content)) return PDF_MEDIA_TYPE;
  return zipDocumentType(content);
};
