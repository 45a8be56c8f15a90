import { type JuryDecisionOutcome } from '@titrepro/domain-rulebook';
import type { CalendarDate } from '@titrepro/domain-kernel';
import { minutesHashOf } from './minutes';
import type { ScheduledSession } from './session.state';
import { currentOutcome, decisionOf, interviewOf } from './session.state';

/** Where a session stands, candidate by candidate and member by member: what read models and screens show. */
export interface SessionView {
  readonly sessionId: string;
  readonly region: string;
  readonly titleCode: string;
  readonly date: CalendarDate;
  readonly kind: ScheduledSession['session']['kind'];
  readonly ccsCode: string | null;
  readonly memberIds: readonly string[];
  readonly candidates: readonly {
    readonly candidateId: string;
    readonly interviewed: boolean;
    readonly decisionId: string | null;
    /** The outcome that stands now (rectified, if it was). */
    readonly outcome: JuryDecisionOutcome | null;
  }[];
  readonly minutesHash: string;
  /** Members whose latest approval is of the current minutes. */
  readonly approvedBy: readonly string[];
  readonly sealedOn: CalendarDate | null;
}

export const sessionView = (state: ScheduledSession): SessionView => {
  const minutesHash = state.sealed?.minutesHash ?? minutesHashOf(state);
  return {
    ...state.session,
    memberIds: (state.jury?.members ?? []).map((member) => member.memberId),
    candidates: state.convocations.map(({ candidateId }) => {
      const decision = decisionOf(state, candidateId);
      return {
        candidateId,
        interviewed: interviewOf(state, candidateId) !== undefined,
        decisionId: decision?.decisionId ?? null,
        outcome: decision ? currentOutcome(decision) : null,
      };
    }),
    minutesHash,
    approvedBy: state.approvals.filter((approval) => approval.minutesHash === minutesHash).map((approval) => approval.memberId),
    sealedOn: state.sealed?.sealedOn ?? null,
  };
};
