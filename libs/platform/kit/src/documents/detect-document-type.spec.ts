import { DOCX_MEDIA_TYPE, ODT_MEDIA_TYPE, PDF_MEDIA_TYPE, detectDocumentType } from './detect-document-type';
import { openDocumentFile, pdfFile, wordDocumentFile, zipFile } from './zip-writer.spec-support';

const ODS_MEDIA_TYPE = 'application/vnd.oasis.opendocument.spreadsheet';
const truncated = (content: Buffer): Buffer => content.subarray(0, Math.floor(content.length * 0.8));

describe('detectDocumentType: what the bytes are, whatever the upload claimed', () => {
  it('uses the registered media types', () => {
    expect([PDF_MEDIA_TYPE, ODT_MEDIA_TYPE, DOCX_MEDIA_TYPE]).toEqual([
      'application/pdf',
      'application/vnd.oasis.opendocument.text',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ]);
  });

  it('recognises a PDF by its header and its end marker, also with bytes after %%EOF', () => {
    expect(detectDocumentType(pdfFile())).toBe(PDF_MEDIA_TYPE);
    expect(detectDocumentType(Buffer.concat([pdfFile(), Buffer.from('\r\n  \n')]))).toBe(PDF_MEDIA_TYPE);
  });

  it('recognises an ODT: mimetype first, stored, naming the text type', () => {
    expect(detectDocumentType(openDocumentFile(ODT_MEDIA_TYPE))).toBe(ODT_MEDIA_TYPE);
  });

  it('recognises a DOCX: content types and the main document part, also with an archive comment', () => {
    expect(detectDocumentType(wordDocumentFile())).toBe(DOCX_MEDIA_TYPE);
    expect(detectDocumentType(zipFile([{ name: '[Content_Types].xml', content: '<Types/>' }, { name: 'word/document.xml', content: '<w:document/>' }], 'written by a test'))).toBe(
      DOCX_MEDIA_TYPE,
    );
  });

  it('refuses executables renamed .pdf', () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01]), Buffer.alloc(57), Buffer.from('%%EOF')]);
    const pe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(58), Buffer.from([0x80, 0, 0, 0]), Buffer.from('This program cannot be run in DOS mode. %PDF-1.4 %%EOF')]);
    expect(detectDocumentType(elf)).toBeUndefined();
    expect(detectDocumentType(pe)).toBeUndefined();
  });

  it('refuses other ZIPs: a plain archive, an ODS spreadsheet, an ODT whose mimetype is compressed or not first', () => {
    expect(detectDocumentType(zipFile([{ name: 'notes.txt', content: 'hello' }, { name: 'word/readme.txt', content: 'not a document' }]))).toBeUndefined();
    expect(detectDocumentType(openDocumentFile(ODS_MEDIA_TYPE))).toBeUndefined();
    expect(detectDocumentType(zipFile([{ name: 'mimetype', content: ODT_MEDIA_TYPE }, { name: 'content.xml', content: '<x/>' }]))).toBeUndefined();
    expect(detectDocumentType(zipFile([{ name: 'content.xml', content: '<x/>' }, { name: 'mimetype', content: ODT_MEDIA_TYPE, stored: true }]))).toBeUndefined();
    expect(detectDocumentType(zipFile([{ name: '[Content_Types].xml', content: '<Types/>' }, { name: 'xl/workbook.xml', content: '<workbook/>' }]))).toBeUndefined();
  });

  it('refuses truncated files and empty input', () => {
    expect(detectDocumentType(truncated(pdfFile()))).toBeUndefined();
    expect(detectDocumentType(truncated(openDocumentFile(ODT_MEDIA_TYPE)))).toBeUndefined();
    expect(detectDocumentType(truncated(wordDocumentFile()))).toBeUndefined();
    expect(detectDocumentType(wordDocumentFile().subarray(0, -1))).toBeUndefined();
    expect(detectDocumentType(Buffer.from('%PDF-'))).toBeUndefined();
    expect(detectDocumentType(Buffer.from('PK\x03\x04'))).toBeUndefined();
    expect(detectDocumentType(Buffer.alloc(0))).toBeUndefined();
  });

  it('refuses an archive whose directory points outside it', () => {
    const docx = Buffer.from(wordDocumentFile());
    // The end record's directory offset (bytes 16..19 of the last 22) moved by one.
    docx.writeUInt32LE(docx.readUInt32LE(docx.length - 6) + 1, docx.length - 6);
    expect(detectDocumentType(docx)).toBeUndefined();
  });
});
