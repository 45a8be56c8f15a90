import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';

/**
 * The five years to obtain every CCP of a title ended before the candidate held them all
 * (CAPITALISATION-WINDOW failed on `closedOn`). Only the candidate's home region announces it.
 */
export type CapitalisationWindowClosed = DomainEvent<
  'CapitalisationWindowClosed',
  {
    readonly candidateId: string;
    readonly titleCode: string;
    /** The day the first CCP of the title was obtained. */
    readonly windowStart: CalendarDate;
    /** The last day (inclusive) a CCP could still count. */
    readonly windowEnd: CalendarDate;
    readonly ccpCodesHeld: readonly string[];
    readonly missingCcpCodes: readonly string[];
    readonly closedOn: CalendarDate;
    readonly rulebookId: string;
  }
>;
