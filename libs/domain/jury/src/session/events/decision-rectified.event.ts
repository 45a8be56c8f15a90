import { type JuryDecisionOutcome } from '@titrepro/domain-rulebook';
import { type RuleApplication } from '@titrepro/domain-rulebook';
import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';
import type { PathwayType } from '@titrepro/domain-rulebook';
import type { FileReference } from '../../shared/candidate-file-facts';
import type { SessionKind } from '../shared/session-kind';

/**
 * The office rectified a decision of sealed minutes: the new outcome replaces the award of
 * `decisionId`, under the rules applied again as of the session date.
 */
export type DecisionRectified = DomainEvent<
  'DecisionRectified',
  {
    readonly rectificationId: string;
    readonly decisionId: string;
    readonly sessionId: string;
    readonly region: string;
    readonly titleCode: string;
    readonly sessionKind: SessionKind;
    readonly candidateId: string;
    readonly pathwayId: string | null;
    readonly pathwayType: PathwayType | null;
    readonly previousOutcome: JuryDecisionOutcome;
    readonly outcome: JuryDecisionOutcome;
    readonly ccpCodesAwarded: readonly string[];
    readonly ccsCode: string | null;
    readonly reason: string;
    readonly rulebookId: string;
    readonly ruleApplications: readonly RuleApplication[];
    readonly fileRef: FileReference;
    readonly rectifiedBy: string;
    readonly rectifiedOn: CalendarDate;
    readonly decidedOn: CalendarDate;
  }
>;
