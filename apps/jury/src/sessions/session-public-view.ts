import { currentOutcome, decisionOf, interviewOf, minutesHashOf, SESSION_KINDS, type ScheduledSession } from '@titrepro/domain-jury';
import { JURY_DECISION_OUTCOME_KINDS } from '@titrepro/domain-rulebook';
import { z } from 'zod';

const explanation = z.object({ fr: z.string(), en: z.string() });
const outcome = z.object({ kind: z.enum(JURY_DECISION_OUTCOME_KINDS), ccpCodesAwarded: z.array(z.string()).optional() });

/** A rule as the decision applied it: its id, for whom, its verdict and why (the facts stay in the event, for the audit). */
const appliedRule = z.object({ ruleId: z.string(), subject: z.string().nullable(), passed: z.boolean(), explanation });

const rectification = z.object({
  rectificationId: z.string(),
  outcome,
  ccpCodesAwarded: z.array(z.string()),
  ccsCode: z.string().nullable(),
  reason: z.string(),
  rectifiedBy: z.string(),
  rectifiedOn: z.string(),
});

const decision = z.object({
  decisionId: z.string(),
  /** As deliberated; the minutes keep it. */
  outcome,
  /** The outcome that stands now: the latest rectification's, else the deliberation's. */
  currentOutcome: outcome,
  ccpCodesAwarded: z.array(z.string()),
  ccsCode: z.string().nullable(),
  rulebookId: z.string(),
  rules: z.array(appliedRule),
  recordedBy: z.string(),
  revises: z.string().nullable(),
  decidedOn: z.string(),
  rectifications: z.array(rectification),
});

const candidate = z.object({
  candidateId: z.string(),
  pathwayId: z.string().nullable(),
  pathwayType: z.string().nullable(),
  ccpCodes: z.array(z.string()),
  convenedOn: z.string(),
  /** Whether the evidence on the jury's table was complete when the candidate was convened; null if none was known. */
  evidenceComplete: z.boolean().nullable(),
  interview: z.object({ memberId: z.string(), heldOn: z.string() }).nullable(),
  /** Members who declared a conflict of interest with the candidate (JURY-PROFESSIONALS refuses them on this candidate). */
  conflicts: z.array(z.object({ memberId: z.string(), declaredOn: z.string() })),
  decision: decision.nullable(),
});

/**
 * `GET /sessions/:sessionId`: one session as the public API shows it, candidate by candidate. Not the
 * decider's state: no member facts, no evidence records, no file references, no replaced decision ids
 * (those serve the rules, and the audit reads them from the events).
 */
export const sessionPublicView = z.object({
  sessionId: z.string(),
  region: z.string(),
  titleCode: z.string(),
  kind: z.enum(SESSION_KINDS),
  ccsCode: z.string().nullable(),
  date: z.string(),
  scheduledOn: z.string(),
  jury: z.object({ memberIds: z.array(z.string()), presidentId: z.string().nullable().describe('The member designated president.'), rulebookId: z.string(), constitutedOn: z.string() }).nullable(),
  candidates: z.array(candidate),
  minutes: z.object({
    /** The hash of the minutes as they stand (as sealed, once sealed). */
    hash: z.string(),
    /** Members whose latest approval is of these minutes. */
    approvedBy: z.array(z.object({ memberId: z.string(), approvedOn: z.string() })),
    sealed: z.object({ sealedBy: z.string(), sealedOn: z.string() }).nullable(),
  }),
});
export type SessionPublicView = z.infer<typeof sessionPublicView>;

type Outcome = ScheduledSession['decisions'][number]['outcome'];
const outcomeView = (value: Outcome): z.infer<typeof outcome> =>
  value.kind === 'title-not-awarded' ? { kind: value.kind, ccpCodesAwarded: [...value.ccpCodesAwarded] } : { kind: value.kind };

const decisionView = (value: ScheduledSession['decisions'][number]): z.infer<typeof decision> => ({
  decisionId: value.decisionId,
  outcome: outcomeView(value.outcome),
  currentOutcome: outcomeView(currentOutcome(value)),
  ccpCodesAwarded: [...value.ccpCodesAwarded],
  ccsCode: value.ccsCode,
  rulebookId: value.rulebookId,
  rules: value.ruleApplications.map(({ ruleId, subject, passed, explanation: why }) => ({ ruleId, subject, passed, explanation: why })),
  recordedBy: value.recordedBy,
  revises: value.revises,
  decidedOn: value.decidedOn,
  rectifications: value.rectifications.map((rectified) => ({ ...rectified, outcome: outcomeView(rectified.outcome), ccpCodesAwarded: [...rectified.ccpCodesAwarded] })),
});

/** The public view of a scheduled session's state. */
export const sessionPublicViewOf = (state: ScheduledSession): SessionPublicView => {
  const hash = state.sealed?.minutesHash ?? minutesHashOf(state);
  const { sessionId, region, titleCode, kind, ccsCode, date, scheduledOn } = state.session;
  return {
    sessionId,
    region,
    titleCode,
    kind,
    ccsCode,
    date,
    scheduledOn,
    jury: state.jury && { memberIds: state.jury.members.map((member) => member.memberId), presidentId: state.jury.presidentId, rulebookId: state.jury.rulebookId, constitutedOn: state.jury.constitutedOn },
    candidates: state.convocations.map((convocation) => {
      const interview = interviewOf(state, convocation.candidateId);
      const decided = decisionOf(state, convocation.candidateId);
      return {
        candidateId: convocation.candidateId,
        pathwayId: convocation.pathwayId,
        pathwayType: convocation.pathwayType,
        ccpCodes: [...convocation.ccpCodes],
        convenedOn: convocation.convenedOn,
        evidenceComplete: convocation.evidence?.status.complete ?? null,
        interview: interview ? { memberId: interview.memberId, heldOn: interview.heldOn } : null,
        conflicts: state.conflicts.filter((declared) => declared.candidateId === convocation.candidateId).map(({ memberId, declaredOn }) => ({ memberId, declaredOn })),
        decision: decided ? decisionView(decided) : null,
      };
    }),
    minutes: {
      hash,
      approvedBy: state.approvals.filter((approval) => approval.minutesHash === hash).map(({ memberId, approvedOn }) => ({ memberId, approvedOn })),
      sealed: state.sealed && { sealedBy: state.sealed.sealedBy, sealedOn: state.sealed.sealedOn },
    },
  };
};
