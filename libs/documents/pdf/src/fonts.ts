/**
 * The fonts every document embeds. Shipped as an npm package (not read from the host) so that the
 * same glyphs, accents included, are embedded on every machine; PDF/A forbids unembedded fonts.
 */
export interface PdfFonts {
  readonly regular: string;
  readonly bold: string;
}

let resolved: PdfFonts | undefined;

/** Absolute paths of DejaVu Sans regular and bold, from the `dejavu-fonts-ttf` package. */
export const dejaVuFonts = (): PdfFonts => {
  resolved ??= {
    regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
    bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  };
  return resolved;
};
