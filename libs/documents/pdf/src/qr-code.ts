import QRCode from 'qrcode';

/** Modules of white kept around the symbol, as ISO/IEC 18004 requires for reliable scanning. */
export const QR_QUIET_ZONE = 4;

/** The dark modules of the QR code of `text`, as runs per row (fewer, larger rectangles to draw). */
const darkRuns = (text: string): { size: number; runs: { row: number; from: number; length: number }[] } => {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const runs: { row: number; from: number; length: number }[] = [];
  for (let row = 0; row < modules.size; row++) {
    let from = -1;
    for (let col = 0; col <= modules.size; col++) {
      const dark = col < modules.size && modules.get(row, col) === 1;
      if (dark && from < 0) from = col;
      if (!dark && from >= 0) {
        runs.push({ row, from, length: col - from });
        from = -1;
      }
    }
  }
  return { size: modules.size, runs };
};

/**
 * Draws the QR code of `text` as vector rectangles in a square of `side` points whose top-left corner
 * is (x, y), quiet zone included: no raster image, so it stays sharp at any print resolution.
 */
export const drawQrCode = (doc: PDFKit.PDFDocument, text: string, x: number, y: number, side: number): void => {
  const { size, runs } = darkRuns(text);
  const module = side / (size + 2 * QR_QUIET_ZONE);
  const left = x + QR_QUIET_ZONE * module;
  const top = y + QR_QUIET_ZONE * module;
  doc.save();
  for (const run of runs) doc.rect(left + run.from * module, top + run.row * module, run.length * module, module);
  doc.fill('#000000');
  doc.restore();
};
