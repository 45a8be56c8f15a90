import type { CalendarDate } from '@titrepro/domain-kernel';
import { compareCalendarDates, isCalendarDate } from '@titrepro/domain-kernel';
import type { Ccp, Title } from '@titrepro/domain-referential';
import type { IssuedDocumentInput, RegionRef } from './document-input';
import { assertRenderable, commonProblems } from './document-input';
import { contentWidth, issuerHeader, paragraph, verificationFooter } from './document-parts';
import { dejaVuFonts } from './fonts';
import { documentInstant, formatFrenchDate } from './french-date';
import { attachCredential, createPdfDocument, finishPdf } from './pdf-document';
import { authorityLine, titleCodeLine, wordingOn } from './regime-wording';

/** One CCP the candidate holds, as the livret records it (rule BOOKLET: date, session, region). */
export interface HeldCcp {
  /** The CCP's code in the title's référentiel, e.g. `CCP1`. */
  readonly ccpCode: string;
  readonly obtainedOn: CalendarDate;
  readonly sessionId: string;
  /** The region whose session awarded it; CCPs may be capitalised in several regions. */
  readonly region: RegionRef;
}

export interface BookletInput extends IssuedDocumentInput {
  /** Every CCP held, in any order; the livret lists them in the référentiel's order. */
  readonly ccps: readonly HeldCcp[];
}

const bookletProblems = (input: BookletInput): string[] => {
  const problems = commonProblems(input);
  if (input.ccps.length === 0) problems.push('a livret records at least one CCP held');
  const seen = new Set<string>();
  for (const held of input.ccps) {
    if (!input.title.ccps.some((ccp) => ccp.code === held.ccpCode)) problems.push(`title ${input.title.code} has no ${held.ccpCode}`);
    if (seen.has(held.ccpCode)) problems.push(`${held.ccpCode} is listed twice`);
    seen.add(held.ccpCode);
    if (!isCalendarDate(held.obtainedOn)) problems.push(`${held.ccpCode}: obtainedOn is not a calendar date: ${String(held.obtainedOn)}`);
    if (held.sessionId.trim() === '') problems.push(`${held.ccpCode}: sessionId is empty`);
  }
  return problems;
};

/** The held CCPs in the référentiel's order, each with its verbatim label. */
const rows = (title: Title, held: readonly HeldCcp[]): { ccp: Ccp; held: HeldCcp }[] =>
  title.ccps.flatMap((ccp) => held.filter((entry) => entry.ccpCode === ccp.code).map((entry) => ({ ccp, held: entry })));

/** The date the livret's content is as of: the latest CCP obtained (not the clock: same input, same bytes). */
export const bookletAsOf = (ccps: readonly HeldCcp[]): CalendarDate =>
  ccps.map((ccp) => ccp.obtainedOn).reduce((latest, date) => (compareCalendarDates(date, latest) > 0 ? date : latest));

/** The livret de certification: every CCP held with its date, session and region, as a PDF/A-3b. */
export const renderBooklet = async (input: BookletInput): Promise<Buffer> => {
  assertRenderable(bookletProblems(input));
  const { title } = input;
  const asOf = bookletAsOf(input.ccps);
  const createdAt = documentInstant(asOf);
  const doc = createPdfDocument({
    title: `Livret de certification — titre professionnel ${title.code} ${title.acronym}`,
    author: input.issuingOffice,
    subject: `Livret de certification du titre professionnel ${title.label}`,
    createdAt,
  });

  const root = doc.struct('Document');
  doc.addStructure(root);
  // The livret is as of its latest CCP: the words of that day's regime.
  const wording = wordingOn(asOf);
  issuerHeader(doc, root, input, authorityLine(wording));
  paragraph(doc, root, 'LIVRET DE CERTIFICATION', { size: 22, bold: true, type: 'H1', gapAfter: 10 });
  paragraph(doc, root, `Titre professionnel ${title.label}`, { size: 13, bold: true, gapAfter: 4 });
  paragraph(doc, root, titleCodeLine(title, wording), { size: 10, gapAfter: 18 });
  paragraph(doc, root, 'Candidat(e)', { size: 10, gapAfter: 2 });
  paragraph(doc, root, input.candidateName, { size: 16, bold: true, gapAfter: 20 });
  paragraph(doc, root, 'Certificats de compétences professionnelles (CCP) acquis', {
    size: 12,
    bold: true,
    type: 'H2',
    align: 'left',
    gapAfter: 6,
  });
  ccpTable(doc, root, rows(title, input.ccps));
  doc.y += 12;
  paragraph(doc, root, remainingLine(title, input.ccps), { size: 10, align: 'left', gapAfter: 12 });
  paragraph(doc, root, `État au ${formatFrenchDate(asOf)}. Délivré par ${input.issuingOffice}, région ${input.region.name}.`, {
    size: 10,
    align: 'left',
  });
  verificationFooter(doc, root, input);
  root.end();

  attachCredential(doc, input.credentialJson, createdAt);
  return finishPdf(doc);
};

const remainingLine = (title: Title, held: readonly HeldCcp[]): string => {
  const missing = title.ccps.filter((ccp) => !held.some((entry) => entry.ccpCode === ccp.code)).map((ccp) => ccp.code);
  return missing.length === 0
    ? 'Tous les CCP du titre sont acquis.'
    : `${missing.length === 1 ? 'CCP restant' : 'CCP restants'} à obtenir pour le titre : ${missing.join(', ')}.`;
};

/** `structParent` is in pdfkit 0.20 (tagged tables) but not yet in @types/pdfkit 0.17. */
type TaggedTableOptions = PDFKit.Mixins.TableOptionsWithData & { readonly structParent: PDFKit.PDFStructureElement };

const ccpTable = (doc: PDFKit.PDFDocument, parent: PDFKit.PDFStructureElement, entries: { ccp: Ccp; held: HeldCcp }[]): void => {
  const fonts = dejaVuFonts();
  const header = ['CCP', 'Intitulé', 'Obtenu le', 'Session', 'Région'].map((text) => ({
    text,
    type: 'TH' as const,
    // Lets readers (and PDF/UA checkers) tie each cell to its column header.
    scope: 'Column',
    font: { src: fonts.bold },
    backgroundColor: '#eeeeee',
  }));
  const options: TaggedTableOptions = {
    position: { x: doc.page.margins.left, y: doc.y },
    maxWidth: contentWidth(doc),
    columnStyles: [38, '*', 92, 80, 80],
    defaultStyle: { border: 0.5, borderColor: '#808080', padding: 4 },
    data: [
      header,
      ...entries.map(({ ccp, held }) => [ccp.code, ccp.label, formatFrenchDate(held.obtainedOn), held.sessionId, held.region.name]),
    ],
    structParent: parent,
  };
  doc.font(fonts.regular).fontSize(8.5).fillColor('#1a1a1a').table(options);
};
