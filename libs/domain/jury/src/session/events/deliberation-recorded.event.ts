import { type JuryDecisionOutcome } from '@titrepro/domain-rulebook';
import { type RuleApplication } from '@titrepro/domain-rulebook';
import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';
import type { PathwayType } from '@titrepro/domain-rulebook';
import type { FileReference } from '../../shared/candidate-file-facts';
import type { SessionKind } from '../shared/session-kind';
import type { DecisionEvidence } from '../session.state';

/**
 * The jury decided for one candidate, under the rules applied as of the session date. It becomes
 * an award only when the minutes are sealed; until then a revision may replace it.
 */
export type DeliberationRecorded = DomainEvent<
  'DeliberationRecorded',
  {
    readonly decisionId: string;
    readonly sessionId: string;
    readonly region: string;
    readonly titleCode: string;
    readonly sessionKind: SessionKind;
    readonly candidateId: string;
    readonly pathwayId: string | null;
    readonly pathwayType: PathwayType | null;
    readonly outcome: JuryDecisionOutcome;
    /** Title awarded: all the title's CCPs; else the CCPs the jury awards. */
    readonly ccpCodesAwarded: readonly string[];
    /** The CCS awarded, else null. */
    readonly ccsCode: string | null;
    readonly decidedOn: CalendarDate;
    readonly recordedBy: string;
    readonly members: readonly string[];
    readonly revises: string | null;
    readonly rulebookId: string;
    readonly ruleApplications: readonly RuleApplication[];
    readonly evidence: DecisionEvidence | null;
    readonly fileRef: FileReference;
    readonly recordedOn: CalendarDate;
  }
>;
