import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';

/** A jury member approved the minutes whose hash they read. */
export type MinutesApproved = DomainEvent<
  'MinutesApproved',
  {
    readonly sessionId: string;
    readonly memberId: string;
    readonly minutesHash: string;
    readonly approvedOn: CalendarDate;
  }
>;
