import type { CalendarDate, DomainEvent, Personal } from '@titrepro/domain-kernel';
import type { TransferRefusalReason } from './transfer-refusal-reason';

/** This region refused the file; it stays in the sending region. */
export type IncomingTransferRefused = DomainEvent<
  'IncomingTransferRefused',
  {
    readonly candidateId: string;
    readonly fromRegion: string;
    readonly toRegion: string;
    readonly refusedOn: CalendarDate;
    readonly reason: TransferRefusalReason;
    /** The officer's words: free text about a person, so sealed as the candidate's personal data. */
    readonly explanation: Personal<string | null>;
  }
>;
