import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';

/** This region accepted the file; it becomes the home region once the sending region hands it over. */
export type IncomingTransferAccepted = DomainEvent<
  'IncomingTransferAccepted',
  {
    readonly candidateId: string;
    readonly fromRegion: string;
    readonly toRegion: string;
    readonly acceptedOn: CalendarDate;
  }
>;
