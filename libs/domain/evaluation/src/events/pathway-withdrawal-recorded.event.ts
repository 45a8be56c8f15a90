import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';

/** The registry withdrew a pathway (its PathwayWithdrawn): nothing more is evaluated on it. */
export type PathwayWithdrawalRecorded = DomainEvent<
  'PathwayWithdrawalRecorded',
  {
    readonly candidateId: string;
    readonly pathwayId: string;
    readonly titleCode: string;
    readonly recordedOn: CalendarDate;
  }
>;
