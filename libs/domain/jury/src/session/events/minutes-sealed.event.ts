import { type JuryDecisionOutcome } from '@titrepro/domain-rulebook';
import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';
import type { SessionKind } from '../shared/session-kind';

/** The office sealed the minutes every member approved: the decisions stand, and become awards. */
export type MinutesSealed = DomainEvent<
  'MinutesSealed',
  {
    readonly sessionId: string;
    readonly region: string;
    readonly titleCode: string;
    readonly sessionKind: SessionKind;
    readonly date: CalendarDate;
    readonly minutesHash: string;
    readonly members: readonly string[];
    readonly decisions: readonly { readonly decisionId: string; readonly candidateId: string; readonly outcome: JuryDecisionOutcome }[];
    readonly sealedBy: string;
    readonly sealedOn: CalendarDate;
  }
>;
