import type { Citation, ReplayFlag, Unchecked } from '../model';
import type { AuditedEvent } from '../history/audited-event';
import type { DsppSubmission, ReplayReads } from './replay-reads';

/** Whether a DSPP submission of the candidate's evaluation stream (before `before`) holds the document, by its id or its submission's, with that hash. */
const heldIn = (submissions: readonly DsppSubmission[], id: string, sha256: string, before: number | null): boolean =>
  submissions.some(
    (submission) =>
      (before === null || submission.revision < before) &&
      (submission.submissionId === id || submission.documents.some((document) => document.documentId === id)) &&
      submission.documents.some((document) => document.sha256 === sha256),
  );

/**
 * Each piece of evidence a decision relied on, by id and SHA-256, must be a DSPP document the
 * candidate submitted to an evaluation service: for an evaluation decision, in its own stream before
 * it; for another service's (the jury's), in the evaluation store of any region the audit reads (the
 * evidence may come from a former home region). Where no evaluation store is read, it stays unchecked.
 */
export const checkEvidence = async (reads: ReplayReads, each: AuditedEvent, cites: readonly Citation[], unchecked: Unchecked[]): Promise<ReplayFlag[]> => {
  const evidence = cites.filter((cite) => cite.kind === 'evidence' && cite.sha256s.length > 0);
  if (evidence.length === 0) return [];
  const candidateId = (each.recorded.data as { candidateId?: unknown }).candidateId;
  if (typeof candidateId !== 'string') return [];
  const { stores } = reads;
  const own = each.service === 'evaluation' ? stores.find(each.region, 'evaluation') : undefined;
  const where = own ? [own] : stores.of('evaluation');
  if (where.length === 0) {
    unchecked.push({ ruleId: null, reason: `evidence ${evidence.map((cite) => cite.id).join(', ')} lives in an evaluation store, which this audit does not read` });
    return [];
  }
  const flags: ReplayFlag[] = [];
  for (const cite of evidence) {
    for (const sha256 of cite.sha256s) {
      let found = false;
      for (const store of where) if (!found) found = heldIn(await reads.dsppSubmissions(store, candidateId), cite.id, sha256, own ? each.recorded.revision : null);
      if (found) continue;
      const searched = where.map((store) => `${store.region}/${store.service}`).join(', ');
      flags.push({
        kind: 'missing-citation',
        ruleId: null,
        subject: null,
        message: {
          fr: `La pièce citée ${cite.id} (SHA-256 ${sha256}) n'a jamais été déposée ${own ? 'avant cette décision' : ''} dans ${searched}`.replace('  ', ' '),
          en: `The cited evidence ${cite.id} (SHA-256 ${sha256}) was never submitted ${own ? 'before this decision ' : ''}in ${searched}`,
        },
        recorded: { id: cite.id, sha256 },
        rederived: null,
      });
    }
  }
  return flags;
};
