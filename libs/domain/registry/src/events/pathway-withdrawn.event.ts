import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';

/** The candidate left a pathway; another may be opened for the same title. */
export type PathwayWithdrawn = DomainEvent<
  'PathwayWithdrawn',
  {
    readonly candidateId: string;
    readonly pathwayId: string;
    readonly titleCode: string;
    readonly withdrawnOn: CalendarDate;
  }
>;
