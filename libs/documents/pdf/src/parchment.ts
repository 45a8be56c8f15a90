import type { CalendarDate } from '@titrepro/domain-kernel';
import { isCalendarDate } from '@titrepro/domain-kernel';
import type { Ccs, Title } from '@titrepro/domain-referential';
import type { IssuedDocumentInput } from './document-input';
import { assertRenderable, commonProblems } from './document-input';
import { issuerHeader, paragraph, verificationFooter } from './document-parts';
import { documentInstant, formatFrenchDate } from './french-date';
import { attachCredential, createPdfDocument, finishPdf } from './pdf-document';
import { authorityLine, titleCodeLine, wordingOn } from './regime-wording';

/** What a parchemin certifies (rule PARCHMENT: the full title or a CCS, never a CCP alone). */
export type ParchmentAward = { readonly kind: 'title' } | { readonly kind: 'ccs'; readonly ccsCode: string };

export interface ParchmentInput extends IssuedDocumentInput {
  readonly award: ParchmentAward;
  /** The jury's decision; also the document's creation date, so that the same input gives the same bytes. */
  readonly decisionDate: CalendarDate;
}

const findCcs = (title: Title, code: string): Ccs | undefined => title.ccss.find((ccs) => ccs.code === code);

const parchmentProblems = (input: ParchmentInput): string[] => {
  const problems = commonProblems(input);
  if (!isCalendarDate(input.decisionDate)) problems.push(`decisionDate is not a calendar date: ${String(input.decisionDate)}`);
  if (input.award.kind === 'ccs' && !findCcs(input.title, input.award.ccsCode))
    problems.push(`title ${input.title.code} has no CCS ${input.award.ccsCode}`);
  return problems;
};


/** The parchemin of a title or of a CCS, in French, as a PDF/A-3b carrying its credential. */
export const renderParchment = async (input: ParchmentInput): Promise<Buffer> => {
  assertRenderable(parchmentProblems(input));
  const { title, award } = input;
  const ccs = award.kind === 'ccs' ? findCcs(title, award.ccsCode) : undefined;
  const createdAt = documentInstant(input.decisionDate);
  const wording = wordingOn(input.decisionDate);
  const heading = ccs ? 'CERTIFICAT COMPLÉMENTAIRE DE SPÉCIALISATION' : 'TITRE PROFESSIONNEL';
  const awardName = ccs ? `${ccs.label} (${ccs.code})` : title.label;
  const doc = createPdfDocument({
    title: `Parchemin — ${ccs ? `CCS ${ccs.code} du titre ${title.code}` : `titre professionnel ${title.code}`} ${title.acronym}`,
    author: input.issuingOffice,
    subject: `Parchemin ${ccs ? `du certificat complémentaire de spécialisation ${ccs.label}` : `du titre professionnel ${title.label}`}`,
    createdAt,
  });

  const root = doc.struct('Document');
  doc.addStructure(root);
  issuerHeader(doc, root, input, authorityLine(wording));
  paragraph(doc, root, heading, { size: ccs ? 18 : 26, bold: true, type: 'H1', gapAfter: 14 });
  paragraph(doc, root, awardName, { size: 15, bold: true, gapAfter: 6 });
  if (ccs) paragraph(doc, root, `du titre professionnel ${title.label}`, { size: 11, gapAfter: 4 });
  paragraph(doc, root, titleCodeLine(title, wording), { size: 11, gapAfter: 36 });
  paragraph(doc, root, 'est délivré à', { size: 12, gapAfter: 10 });
  paragraph(doc, root, input.candidateName, { size: 22, bold: true, gapAfter: 36 });
  paragraph(doc, root, `sur décision du jury du ${formatFrenchDate(input.decisionDate)}`, { size: 12, gapAfter: 6 });
  paragraph(doc, root, `Délivré par ${input.issuingOffice}, région ${input.region.name}`, { size: 11 });
  verificationFooter(doc, root, input);
  root.end();

  attachCredential(doc, input.credentialJson, createdAt);
  return finishPdf(doc);
};
