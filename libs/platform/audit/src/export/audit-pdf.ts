import { createPdfDocument, finishPdf, paragraph, type TextStyle } from '@titrepro/documents-pdf';
import type { AuditFile } from './audit-file';

/** The audit file itself, embedded byte for byte: what the pages say, for a machine (PDF/A-3 `Data`). */
export const AUDIT_ATTACHMENT = { name: 'audit.json', mediaType: 'application/json' } as const;

const LEFT: Pick<TextStyle, 'align'> = { align: 'left' };
const short = (value: unknown): string => {
  const text = JSON.stringify(value);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
};
const verdict = (passed: boolean | null): string => (passed === null ? 'verdict non enregistré' : passed ? 'satisfaite' : 'non satisfaite');

/**
 * The candidate's audit file as PDF/A-3b, with the parchemins' renderer (@titrepro/documents-pdf:
 * same fonts, profile and tagging): the verification, each decision replayed with its flags, then
 * the history with every decision's rules, facts and explanations, in French. The JSON it renders
 * is attached, so an auditor files one document that a machine can read again.
 */
export const renderAuditPdf = async (file: AuditFile): Promise<Buffer> => {
  const createdAt = new Date(file.generatedAt);
  const doc = createPdfDocument({
    title: `Dossier d'audit du candidat ${file.candidateId}`,
    author: 'titrepro audit',
    subject: 'Historique, rejeu des décisions et vérification des chaînes',
    createdAt,
    creator: 'titrepro audit',
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  const { history, replay, verification } = file;

  paragraph(doc, root, "Dossier d'audit", { size: 20, bold: true, type: 'H1', gapAfter: 6 });
  paragraph(doc, root, `Candidat ${file.candidateId} — établi le ${file.generatedAt}`, { size: 10, gapAfter: 16 });

  paragraph(doc, root, 'Vérification des magasins', { size: 14, bold: true, type: 'H2', ...LEFT, gapAfter: 4 });
  paragraph(doc, root, verification.ok ? 'Aucune rupture : chaînes, sceaux des procès-verbaux et attributions vérifiés.' : 'RUPTURES CONSTATÉES (voir ci-dessous).', { size: 10, bold: !verification.ok, ...LEFT, gapAfter: 4 });
  for (const store of verification.stores) {
    paragraph(doc, root, `${store.region} / ${store.service} : ${store.read ? `${store.events} événements, ${store.streams} flux, ${store.broken.length} rupture(s)` : `non lu (${store.error})`}`, { size: 9, ...LEFT, gapAfter: 1 });
  }
  for (const link of verification.brokenLinks) paragraph(doc, root, `RUPTURE ${link.service} (${link.region}) flux ${link.streamId} révision ${link.revision} : ${link.reason}`, { size: 9, bold: true, ...LEFT, gapAfter: 1 });
  for (const problem of [...verification.seals.problems, ...verification.awards.problems]) {
    paragraph(doc, root, `PROBLÈME ${problem.service} (${problem.region}) flux ${problem.streamId} révision ${problem.revision} : ${problem.reason}`, { size: 9, bold: true, ...LEFT, gapAfter: 1 });
  }
  paragraph(doc, root, `Sceaux vérifiés : ${verification.seals.checked} ; attributions vérifiées : ${verification.awards.checked}.`, { size: 9, ...LEFT, gapAfter: 12 });

  paragraph(doc, root, 'Rejeu des décisions', { size: 14, bold: true, type: 'H2', ...LEFT, gapAfter: 4 });
  paragraph(doc, root, `${replay.decisions.length} décision(s) rejouée(s), ${replay.flagged} signalée(s).`, { size: 10, bold: replay.flagged > 0, ...LEFT, gapAfter: 4 });
  for (const decision of replay.decisions) {
    const status = decision.status === 'flagged' ? 'SIGNALÉE' : decision.status === 'consistent' ? 'cohérente' : 'cohérente (en partie non vérifiable)';
    paragraph(doc, root, `${decision.occurredAt} — ${decision.region} / ${decision.service} — ${decision.type} (${decision.streamId}@${decision.revision}) : ${status}`, { size: 9, bold: decision.status === 'flagged', ...LEFT, gapAfter: 1 });
    for (const flag of decision.flags) paragraph(doc, root, `    ${flag.kind}${flag.ruleId ? ` ${flag.ruleId}` : ''} : ${flag.message.fr}`, { size: 9, bold: true, ...LEFT, gapAfter: 1 });
    for (const each of decision.unchecked) paragraph(doc, root, `    non vérifié${each.ruleId ? ` ${each.ruleId}` : ''} : ${each.reason}`, { size: 8, ...LEFT, gapAfter: 1 });
  }
  doc.y += 10;

  paragraph(doc, root, 'Historique', { size: 14, bold: true, type: 'H2', ...LEFT, gapAfter: 4 });
  for (const entry of history.entries) {
    paragraph(doc, root, `${entry.occurredAt} — ${entry.region} / ${entry.service} — ${entry.actor.subject} (${entry.actor.role})`, { size: 9, bold: true, ...LEFT, gapAfter: 1 });
    paragraph(doc, root, entry.summary.fr, { size: 9, ...LEFT, gapAfter: 1 });
    if (entry.decision) {
      paragraph(doc, root, `    Référentiel de règles : ${entry.decision.rulebookId}`, { size: 8, ...LEFT, gapAfter: 1 });
      for (const rule of entry.decision.rules) {
        paragraph(doc, root, `    ${rule.ruleId}${rule.subject ? ` [${rule.subject}]` : ''} : ${verdict(rule.passed)}${rule.explanation ? ` — ${rule.explanation.fr}` : ''}`, { size: 8, ...LEFT, gapAfter: 1 });
        paragraph(doc, root, `        faits : ${rule.factsKnown ? short(rule.facts) : 'non enregistrés'}`, { size: 7, ...LEFT, gapAfter: 1 });
      }
    }
    doc.y += 4;
  }
  paragraph(doc, root, `État : région ${history.state.homeRegion ?? '—'} ; ${history.state.held.map((held) => `${held.kind} ${held.code}`).join(', ') || 'rien d’acquis'}.`, { size: 9, ...LEFT, gapAfter: 2 });

  doc.file(Buffer.from(JSON.stringify(file, null, 2), 'utf8'), {
    name: AUDIT_ATTACHMENT.name,
    type: AUDIT_ATTACHMENT.mediaType,
    description: "Dossier d'audit (JSON) que ces pages rendent",
    relationship: 'Data',
    creationDate: createdAt,
    modifiedDate: createdAt,
  } as PDFKit.Mixins.PDFAttachmentOptions & { relationship: 'Data' });
  return finishPdf(doc);
};
