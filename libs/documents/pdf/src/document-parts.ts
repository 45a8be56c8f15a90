import type { IssuedDocumentInput } from './document-input';
import { dejaVuFonts } from './fonts';
import { drawQrCode } from './qr-code';

const INK = '#1a1a1a';
const QR_SIDE = 118;

export interface TextStyle {
  readonly size: number;
  readonly bold?: boolean;
  readonly align?: 'left' | 'center' | 'right';
  readonly gapAfter?: number;
  readonly type?: 'H1' | 'H2' | 'P';
}

/** Writes one tagged paragraph at the current position, across the content width. */
export const paragraph = (
  doc: PDFKit.PDFDocument,
  parent: PDFKit.PDFStructureElement,
  text: string,
  style: TextStyle,
): void => {
  const fonts = dejaVuFonts();
  parent.add(
    doc.struct(style.type ?? 'P', {}, () => {
      doc
        .font(style.bold ? fonts.bold : fonts.regular)
        .fontSize(style.size)
        .fillColor(INK)
        .text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc), align: style.align ?? 'center' });
    }),
  );
  doc.y += style.gapAfter ?? 0;
};

export const contentWidth = (doc: PDFKit.PDFDocument): number => doc.page.width - doc.page.margins.left - doc.page.margins.right;

/** The issuer's block at the top of every document (rule ISSUER: the regional office delivers it). */
export const issuerHeader = (doc: PDFKit.PDFDocument, parent: PDFKit.PDFStructureElement, input: IssuedDocumentInput, authority: string): void => {
  paragraph(doc, parent, 'RÉPUBLIQUE FRANÇAISE', { size: 11, bold: true, gapAfter: 2 });
  paragraph(doc, parent, "Ministère chargé de l'emploi", { size: 10, gapAfter: 2 });
  paragraph(doc, parent, input.issuingOffice, { size: 10, gapAfter: 2 });
  // The authority as the regime of the document's date names it (rulebook wording).
  paragraph(doc, parent, authority, { size: 9, gapAfter: 2 });
  paragraph(doc, parent, `Région : ${input.region.name}`, { size: 10, gapAfter: 28 });
};

/**
 * The verification block, at the bottom of the last page (on a new page if the content reaches it):
 * the QR code of the verification URL, the URL in clear, and where the credential is.
 */
export const verificationFooter = (doc: PDFKit.PDFDocument, parent: PDFKit.PDFStructureElement, input: IssuedDocumentInput): void => {
  const top = doc.page.height - doc.page.margins.bottom - QR_SIDE;
  if (doc.y + 16 > top) doc.addPage();
  const left = doc.page.margins.left;
  parent.add(
    doc.struct('Figure', { alt: `Code QR de vérification : ${input.verificationUrl}` }, () =>
      drawQrCode(doc, input.verificationUrl, left, top, QR_SIDE),
    ),
  );
  const fonts = dejaVuFonts();
  const textLeft = left + QR_SIDE + 12;
  const width = doc.page.width - doc.page.margins.right - textLeft;
  const lines: { text: string; bold?: boolean; size: number }[] = [
    { text: 'Vérification du document', bold: true, size: 10 },
    { text: 'Scannez le code ou ouvrez :', size: 9 },
    { text: input.verificationUrl, size: 8 },
    { text: "L'attestation numérique signée de ce document est jointe au fichier PDF (credential.json).", size: 8 },
    ...(input.reference ? [{ text: `Référence : ${input.reference}`, size: 8 }] : []),
  ];
  doc.y = top + 14;
  for (const line of lines) {
    parent.add(
      doc.struct('P', {}, () => {
        doc
          .font(line.bold ? fonts.bold : fonts.regular)
          .fontSize(line.size)
          .fillColor(INK)
          .text(line.text, textLeft, doc.y, { width, align: 'left' });
      }),
    );
    doc.y += 4;
  }
};
