/**
 * Just enough of the ZIP format (APPNOTE 6.3) to tell ODT and DOCX apart on their bytes: the end of
 * central directory record, the central directory's names, and a stored entry's raw data. No
 * decompression, no ZIP64 (a DSPP of a few MB never needs it): anything this reader cannot follow
 * to the end, a truncated or inconsistent archive among them, is `undefined`.
 */
export interface ZipEntry {
  readonly name: string;
  /** 0 = stored (uncompressed), 8 = deflated. */
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const END_RECORD_SIZE = 22;
const CENTRAL_HEADER_SIZE = 46;
const LOCAL_HEADER_SIZE = 30;
// The end record may be followed by a comment of up to 65535 bytes.
const MAX_COMMENT = 0xffff;

export const startsLikeZip = (content: Buffer): boolean => content.length >= 4 && content.readUInt32LE(0) === LOCAL_HEADER;

const findEndOfCentralDirectory = (content: Buffer): number | undefined => {
  const lowest = Math.max(0, content.length - END_RECORD_SIZE - MAX_COMMENT);
  for (let offset = content.length - END_RECORD_SIZE; offset >= lowest; offset -= 1) {
    // The comment length must reach exactly the end of the file, or this is a signature inside data.
    if (content.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY && offset + END_RECORD_SIZE + content.readUInt16LE(offset + 20) === content.length) return offset;
  }
  return undefined;
};

/** The entries of the central directory in their order, or undefined when it is not a complete, single-disk ZIP. */
export const readZipEntries = (content: Buffer): readonly ZipEntry[] | undefined => {
  if (!startsLikeZip(content)) return undefined;
  const end = findEndOfCentralDirectory(content);
  if (end === undefined) return undefined;
  const count = content.readUInt16LE(end + 10);
  const directorySize = content.readUInt32LE(end + 12);
  const directoryOffset = content.readUInt32LE(end + 16);
  // Several disks, or ZIP64 markers (0xFFFF…), are out of scope; the directory must sit before the end record.
  if (content.readUInt16LE(end + 4) !== 0 || count !== content.readUInt16LE(end + 8) || directoryOffset + directorySize !== end) return undefined;
  const entries: ZipEntry[] = [];
  let offset = directoryOffset;
  for (let index = 0; index < count; index += 1) {
    if (offset + CENTRAL_HEADER_SIZE > end || content.readUInt32LE(offset) !== CENTRAL_HEADER) return undefined;
    const nameLength = content.readUInt16LE(offset + 28);
    const next = offset + CENTRAL_HEADER_SIZE + nameLength + content.readUInt16LE(offset + 30) + content.readUInt16LE(offset + 32);
    if (next > end) return undefined;
    const entry: ZipEntry = {
      name: content.toString('utf8', offset + CENTRAL_HEADER_SIZE, offset + CENTRAL_HEADER_SIZE + nameLength),
      method: content.readUInt16LE(offset + 10),
      compressedSize: content.readUInt32LE(offset + 20),
      uncompressedSize: content.readUInt32LE(offset + 24),
      localHeaderOffset: content.readUInt32LE(offset + 42),
    };
    if (entry.localHeaderOffset + LOCAL_HEADER_SIZE + entry.compressedSize > directoryOffset) return undefined;
    entries.push(entry);
    offset = next;
  }
  return offset === end ? entries : undefined;
};

/** The raw bytes of a stored (uncompressed) entry, found through its local header; undefined otherwise. */
export const storedEntryData = (content: Buffer, entry: ZipEntry): Buffer | undefined => {
  const header = entry.localHeaderOffset;
  if (entry.method !== 0 || entry.compressedSize !== entry.uncompressedSize || content.readUInt32LE(header) !== LOCAL_HEADER) return undefined;
  const nameLength = content.readUInt16LE(header + 26);
  if (content.toString('utf8', header + LOCAL_HEADER_SIZE, header + LOCAL_HEADER_SIZE + nameLength) !== entry.name) return undefined;
  const start = header + LOCAL_HEADER_SIZE + nameLength + content.readUInt16LE(header + 28);
  const stop = start + entry.compressedSize;
  return stop <= content.length ? content.subarray(start, stop) : undefined;
};
