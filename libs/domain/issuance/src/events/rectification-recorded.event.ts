import { type JuryDecisionOutcome } from '@titrepro/domain-rulebook';
import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';

/**
 * A jury rectified a sealed decision (DecisionRectified): the CCPs the decision awarded are replaced
 * by those it awards now. The revocations and the reissued document follow it.
 */
export type RectificationRecorded = DomainEvent<
  'RectificationRecorded',
  {
    readonly candidateId: string;
    readonly rectificationId: string;
    readonly decisionId: string;
    readonly sessionId: string;
    readonly region: string;
    readonly titleCode: string;
    readonly outcome: JuryDecisionOutcome;
    /** The CCPs the decision awards now (all the title's for a title awarded). */
    readonly ccpCodesAwarded: readonly string[];
    readonly ccsCode: string | null;
    readonly decidedOn: CalendarDate;
    readonly recordedOn: CalendarDate;
  }
>;
