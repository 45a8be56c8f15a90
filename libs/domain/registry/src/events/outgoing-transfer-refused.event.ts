import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';
import type { TransferRefusalReason } from './transfer-refusal-reason';

/** The region this one offered the file to refused it: the file stays here. */
export type OutgoingTransferRefused = DomainEvent<
  'OutgoingTransferRefused',
  {
    readonly candidateId: string;
    readonly toRegion: string;
    readonly refusedOn: CalendarDate;
    readonly reason: TransferRefusalReason;
  }
>;
