import { type JuryDecisionOutcome } from '@titrepro/domain-rulebook';
import { type RuleApplication } from '@titrepro/domain-rulebook';
import type { CalendarDate } from '@titrepro/domain-kernel';
import type { PathwayType } from '@titrepro/domain-rulebook';
import type { EvidenceRecordKind, FileEvidenceRecord, FileEvidenceStatus, FileReference, SourceEvent } from '../shared/candidate-file-facts';
import type { JuryMemberFacts } from '../shared/jury-member-facts';
import type { SessionKind } from './shared/session-kind';

export interface ScheduledSessionFacts {
  readonly sessionId: string;
  /** The regional office that organises it: only its candidates are convened. */
  readonly region: string;
  readonly titleCode: string;
  /** The day the jury sits: the rules' clock for every decision of the session. */
  readonly date: CalendarDate;
  readonly kind: SessionKind;
  /** The CCS judged (ccs sessions), else null. */
  readonly ccsCode: string | null;
  readonly scheduledOn: CalendarDate;
}

export interface ConstitutedJury {
  readonly members: readonly JuryMemberFacts[];
  /** The member designated president (null in sessions recorded before the jury had one). */
  readonly presidentId: string | null;
  readonly rulebookId: string;
  readonly constitutedOn: CalendarDate;
}

/** The evidence on the jury's table when the candidate was convened, as the evaluation service published it. */
export interface ConvocationEvidence {
  readonly status: FileEvidenceStatus;
  readonly records: readonly FileEvidenceRecord[];
}

/** What a decision event keeps of the evidence: where the status came from, and each record's ids and hashes. */
export interface DecisionEvidence {
  readonly status: { readonly rulebookId: string; readonly ruleIds: readonly string[]; readonly complete: boolean; readonly source: SourceEvent };
  readonly records: readonly {
    readonly kind: EvidenceRecordKind;
    readonly ccpCode: string | null;
    readonly ccsCode: string | null;
    readonly referenceId: string;
    readonly sha256s: readonly string[];
    readonly source: SourceEvent;
  }[];
}

export interface Convocation {
  readonly candidateId: string;
  /** The pathway judged; null in a CCS session. */
  readonly pathwayId: string | null;
  readonly pathwayType: PathwayType | null;
  /** The CCPs the jury judges (title and CCP sessions), empty in a CCS session. */
  readonly ccpCodes: readonly string[];
  readonly evidence: ConvocationEvidence | null;
  readonly fileRef: FileReference;
  readonly convenedOn: CalendarDate;
}

export interface Interview {
  readonly candidateId: string;
  readonly memberId: string;
  readonly heldOn: CalendarDate;
}

export interface Rectification {
  readonly rectificationId: string;
  readonly outcome: JuryDecisionOutcome;
  readonly ccpCodesAwarded: readonly string[];
  readonly ccsCode: string | null;
  readonly reason: string;
  readonly rectifiedBy: string;
  readonly rectifiedOn: CalendarDate;
}

/** The jury's current decision for one candidate (a revision before sealing replaces it). */
export interface SessionDecision {
  readonly decisionId: string;
  readonly candidateId: string;
  readonly outcome: JuryDecisionOutcome;
  readonly ccpCodesAwarded: readonly string[];
  readonly ccsCode: string | null;
  readonly rulebookId: string;
  readonly ruleApplications: readonly RuleApplication[];
  readonly recordedBy: string;
  readonly revises: string | null;
  readonly decidedOn: CalendarDate;
  /** After sealing: the rectifications, oldest first; the minutes keep the deliberated outcome. */
  readonly rectifications: readonly Rectification[];
}

export interface MinutesApproval {
  readonly memberId: string;
  readonly minutesHash: string;
  readonly approvedOn: CalendarDate;
}

export interface SealedMinutes {
  readonly minutesHash: string;
  readonly sealedBy: string;
  readonly sealedOn: CalendarDate;
}

/** A member of the jury declared a conflict of interest with a candidate: JURY-PROFESSIONALS keeps them off that candidate's jury. */
export interface DeclaredConflict {
  readonly memberId: string;
  readonly candidateId: string;
  readonly declaredOn: CalendarDate;
}

export interface ScheduledSession {
  readonly status: 'scheduled';
  readonly session: ScheduledSessionFacts;
  readonly jury: ConstitutedJury | null;
  readonly convocations: readonly Convocation[];
  readonly interviews: readonly Interview[];
  readonly decisions: readonly SessionDecision[];
  /** Ids of decisions a revision replaced: an id is never reused. */
  readonly supersededDecisionIds: readonly string[];
  /** Each member's latest approval. */
  readonly approvals: readonly MinutesApproval[];
  readonly sealed: SealedMinutes | null;
  readonly conflicts: readonly DeclaredConflict[];
}

/** A validation session's stream folded: nothing until it is scheduled. */
export type SessionState = { readonly status: 'unscheduled' } | ScheduledSession;

export const initialSessionState = (): SessionState => ({ status: 'unscheduled' });

export const decisionOf = (session: ScheduledSession, candidateId: string): SessionDecision | undefined =>
  session.decisions.find((decision) => decision.candidateId === candidateId);

export const convocationOf = (session: ScheduledSession, candidateId: string): Convocation | undefined =>
  session.convocations.find((convocation) => convocation.candidateId === candidateId);

/** The members who declared a conflict of interest with the candidate. */
export const conflictedMemberIds = (session: ScheduledSession, candidateId: string): readonly string[] =>
  session.conflicts.filter((declared) => declared.candidateId === candidateId).map((declared) => declared.memberId);

export const interviewOf = (session: ScheduledSession, candidateId: string): Interview | undefined =>
  session.interviews.find((interview) => interview.candidateId === candidateId);

/** The outcome that stands: the latest rectification's, else the deliberation's. */
export const currentOutcome = (decision: SessionDecision): JuryDecisionOutcome => decision.rectifications.at(-1)?.outcome ?? decision.outcome;
