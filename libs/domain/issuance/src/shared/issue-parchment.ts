import { applyRule } from '@titrepro/domain-rulebook';
import type { CalendarDate, EventsOrRefusal } from '@titrepro/domain-kernel';
import { fail, ok } from '@titrepro/domain-kernel';
import { violationOf } from '@titrepro/domain-rulebook';
import type { Achievement } from '../documents.state';
import type { ParchmentIssued } from '../events/parchment-issued.event';
import type { DecisionInput } from './decision';
import { rulebookFor } from './guards';
import type { IssuedDocumentData } from './input-schemas';

export interface ParchmentRequest {
  readonly candidateId: string;
  readonly decisionId: string;
  readonly sessionId: string;
  /** This deployment's region, which delivers it (ISSUER): a parchemin is only ever issued on this region's own decisions. */
  readonly issuerRegion: string;
  readonly decidedOn: CalendarDate;
  readonly achievement: Achievement;
  readonly ccpCodes: readonly string[];
  readonly document: IssuedDocumentData;
  readonly rectificationId: string | null;
}

/**
 * Issues a parchemin under PARCHMENT (the title or a CCS, awarded on the session date) and ISSUER
 * (the regional office whose jury decided, this one), both as of the session date. A failed rule refuses.
 */
export const issueParchment = (request: ParchmentRequest, { on: today, dependencies }: DecisionInput): EventsOrRefusal<ParchmentIssued> => {
  const { candidateId, decisionId, sessionId, issuerRegion, decidedOn, achievement, ccpCodes, document, rectificationId } = request;
  const rulebook = rulebookFor(dependencies, decidedOn);
  if (!rulebook.ok) return rulebook;
  const parchment = applyRule(rulebook.value, 'PARCHMENT', { certifies: achievement.kind, awardedOn: decidedOn, on: decidedOn });
  if (!parchment.outcome.passed) return fail(violationOf(parchment.outcome));
  const issuer = applyRule(rulebook.value, 'ISSUER', { document: 'parchment', issuer: { kind: 'regional-office', region: issuerRegion } });
  if (!issuer.outcome.passed) return fail(violationOf(issuer.outcome));
  return ok([
    {
      type: 'ParchmentIssued',
      data: {
        candidateId,
        documentId: document.documentId,
        decisionId,
        sessionId,
        achievement,
        ccpCodes,
        issuerRegion,
        decidedOn,
        issuedOn: today,
        statusListIndex: document.statusListIndex,
        rectificationId,
        rulebookId: rulebook.value.id,
        ruleApplications: [parchment.application, issuer.application],
      },
    },
  ]);
};
