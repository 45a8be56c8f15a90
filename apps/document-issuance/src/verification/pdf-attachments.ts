import { inflateSync } from 'node:zlib';

const EMBEDDED_FILE = /\/Type\s*\/EmbeddedFile\b/g;

/**
 * The embedded files of a PDF (its `/Type /EmbeddedFile` streams), decompressed: how `POST /verify`
 * finds the credential a parchemin carries. Reads the object syntax pdfkit writes (a dictionary
 * with `/Length` and an optional `/Filter /FlateDecode`, then `stream` … `endstream`); anything it
 * cannot read is left out, so a PDF with no readable attachment yields none.
 */
export const embeddedFiles = (pdf: Buffer): Buffer[] => {
  const text = pdf.toString('latin1');
  const files: Buffer[] = [];
  for (const match of text.matchAll(EMBEDDED_FILE)) {
    const start = text.indexOf('stream', match.index);
    const dictionary = text.slice(match.index, start);
    const length = /\/Length\s+(\d+)/.exec(dictionary)?.[1];
    if (start < 0 || length === undefined) continue;
    const dataStart = start + 'stream'.length + (text[start + 6] === '\r' ? 2 : 1);
    const bytes = pdf.subarray(dataStart, dataStart + Number(length));
    try {
      files.push(/\/Filter\s*\/FlateDecode/.test(dictionary) ? inflateSync(bytes) : Buffer.from(bytes));
    } catch {
      // A damaged stream is no attachment: the verifier says the PDF carries no credential.
    }
  }
  return files;
};
