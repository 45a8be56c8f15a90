import { type CalendarDate, calendarDate, defineEvent, type DomainEvent, type Personal, personal } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { TRANSFER_REFUSAL_REASONS, type TransferRefusalReason } from './transfer-refusal-reason';

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

/** IncomingTransferRefused as stored, version 1. */
export const incomingTransferRefusedDescriptor = defineEvent<IncomingTransferRefused>({
  type: 'IncomingTransferRefused',
  schemaVersion: 1,
  schema: z.strictObject({
    candidateId: z.string(),
    fromRegion: z.string(),
    toRegion: z.string(),
    refusedOn: calendarDate,
    reason: z.enum(TRANSFER_REFUSAL_REASONS),
    explanation: personal(z.string().nullable()),
  }),
  personal: { subject: (data) => data.candidateId, fields: ['explanation'] },
  describe: ({ fromRegion, toRegion, refusedOn, reason }) => ({
    fr: `Transfert depuis la région ${fromRegion} refusé par la région ${toRegion} le ${refusedOn} (motif : ${reason})`,
    en: `Transfer from region ${fromRegion} refused by region ${toRegion} on ${refusedOn} (reason: ${reason})`,
  }),
});
