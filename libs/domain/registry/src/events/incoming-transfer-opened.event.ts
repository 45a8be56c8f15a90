import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';

/** Another region offered this region a candidate's file; this region's officers are to answer. */
export type IncomingTransferOpened = DomainEvent<
  'IncomingTransferOpened',
  {
    readonly candidateId: string;
    readonly fromRegion: string;
    readonly toRegion: string;
    /** The day the sending region asked for the transfer. */
    readonly requestedOn: CalendarDate;
  }
>;
