import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';

/** A version of the livret was replaced by a newer one (BookletIssued just before): it no longer stands. */
export type BookletSuperseded = DomainEvent<
  'BookletSuperseded',
  {
    readonly candidateId: string;
    readonly documentId: string;
    readonly version: number;
    readonly supersededBy: string;
    readonly issuerRegion: string;
    readonly statusListIndex: number;
    readonly supersededOn: CalendarDate;
  }
>;
