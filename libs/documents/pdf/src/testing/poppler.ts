import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** The poppler-utils binaries the PDF specs drive; CI installs them with `apt-get install poppler-utils`. */
export const POPPLER_TOOLS = ['pdftoppm', 'pdfdetach', 'pdffonts', 'pdfinfo', 'pdftotext'] as const;
type PopplerTool = (typeof POPPLER_TOOLS)[number];

const answers = (tool: PopplerTool): boolean => {
  const result = spawnSync(tool, ['-v'], { stdio: 'ignore' });
  return result.error === undefined;
};

/** Throws, naming every missing binary, so that a machine without poppler fails the specs loudly. */
export const requirePoppler = (): void => {
  const missing = POPPLER_TOOLS.filter((tool) => !answers(tool));
  if (missing.length > 0)
    throw new Error(
      `poppler-utils is missing: ${missing.join(', ')} not found on PATH. ` +
        'Install it (Debian/Ubuntu: `apt-get install -y poppler-utils`); the PDF specs drive these real tools.',
    );
};

/** A scratch directory holding one PDF, removed by `dispose`. */
export class PdfOnDisk {
  readonly dir = mkdtempSync(join(tmpdir(), 'titrepro-pdf-'));
  readonly path = join(this.dir, 'document.pdf');

  constructor(bytes: Buffer) {
    writeFileSync(this.path, bytes);
  }

  run(tool: PopplerTool, ...args: string[]): string {
    return execFileSync(tool, [...args], { encoding: 'utf8', cwd: this.dir });
  }

  /** `pdftotext -layout`, whitespace runs kept (rows of a table stay on one line). */
  layoutText(): string {
    return this.run('pdftotext', '-layout', '-enc', 'UTF-8', this.path, '-');
  }

  /** `pdftotext`, with every whitespace run folded to one space (lines wrapped anywhere still match). */
  flatText(): string {
    return this.run('pdftotext', '-enc', 'UTF-8', this.path, '-').replace(/\s+/g, ' ');
  }

  /** Extracts the first attachment with `pdfdetach -save 1` and returns its bytes. */
  attachment(): Buffer {
    const out = join(this.dir, 'attachment.out');
    this.run('pdfdetach', '-save', '1', '-o', out, this.path);
    return readFileSync(out);
  }

  /** Renders page 1 with `pdftoppm -png -r <dpi>` and decodes the QR code found on it (null if none). */
  qrCodeText(dpi = 150): string | null {
    const prefix = join(this.dir, 'page');
    this.run('pdftoppm', '-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', this.path, prefix);
    const png = PNG.sync.read(readFileSync(`${prefix}.png`));
    const pixels = new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.byteLength);
    return jsQR(pixels, png.width, png.height)?.data ?? null;
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
