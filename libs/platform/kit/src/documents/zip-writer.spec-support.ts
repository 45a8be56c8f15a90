import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipFileEntry {
  readonly name: string;
  readonly content: string | Buffer;
  /** Deflated unless told otherwise, as most writers do. */
  readonly stored?: boolean;
}

const u16 = (value: number): Buffer => {
  const buffer = Buffer.alloc(2);
  buffer.writeUInt16LE(value);
  return buffer;
};
const u32 = (value: number): Buffer => {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32LE(value);
  return buffer;
};

/** A real ZIP (local headers, central directory, end record) built by hand, for the detection tests. */
export const zipFile = (entries: readonly ZipFileEntry[], comment = ''): Buffer => {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const plain = Buffer.isBuffer(entry.content) ? entry.content : Buffer.from(entry.content, 'utf8');
    const data = entry.stored ? plain : deflateRawSync(plain);
    // version, flags, method, time, date, crc, compressed size, uncompressed size, name length, extra length
    const common = [u16(20), u16(0), u16(entry.stored ? 0 : 8), u16(0), u16(0x21), u32(crc32(plain)), u32(data.length), u32(plain.length), u16(name.length), u16(0)];
    const local = Buffer.concat([u32(0x04034b50), ...common, name, data]);
    // + version made by first; then comment length, disk, internal and external attributes, local header offset
    centrals.push(Buffer.concat([u32(0x02014b50), u16(20), ...common, u16(0), u16(0), u16(0), u32(0), u32(offset), name]));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const commentBytes = Buffer.from(comment, 'utf8');
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(entries.length), u16(entries.length), u32(directory.length), u32(offset), u16(commentBytes.length), commentBytes]);
  return Buffer.concat([...locals, directory, end]);
};

/** An OpenDocument package as LibreOffice writes it: `mimetype` first and stored. */
export const openDocumentFile = (mimetype: string, body = '<office:document-content/>'): Buffer =>
  zipFile([
    { name: 'mimetype', content: mimetype, stored: true },
    { name: 'content.xml', content: `<?xml version="1.0" encoding="UTF-8"?>${body}` },
    { name: 'META-INF/manifest.xml', content: `<manifest:manifest><manifest:file-entry manifest:full-path="/" manifest:media-type="${mimetype}"/></manifest:manifest>` },
  ]);

/** A minimal WordprocessingML package (content types, relationships, main document). */
export const wordDocumentFile = (text = 'Dossier de synthèse'): Buffer =>
  zipFile([
    {
      name: '[Content_Types].xml',
      content:
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    },
    { name: '_rels/.rels', content: '<Relationships><Relationship Id="rId1" Target="word/document.xml"/></Relationships>' },
    { name: 'word/document.xml', content: `<w:document><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>` },
  ]);

/** A minimal valid PDF: one empty page, the cross-reference table with its real offsets, the trailer. */
export const pdfFile = (text = 'Dossier de synthese'): Buffer => {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    `<< /Length ${`BT (${text}) Tj ET`.length} >>\nstream\nBT (${text}) Tj ET\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
};
