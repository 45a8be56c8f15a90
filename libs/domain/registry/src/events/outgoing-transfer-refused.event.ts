import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { TRANSFER_REFUSAL_REASONS, type TransferRefusalReason } from './transfer-refusal-reason';

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

/** OutgoingTransferRefused as stored, version 1. */
export const outgoingTransferRefusedDescriptor = defineEvent<OutgoingTransferRefused>({
  type: 'OutgoingTransferRefused',
  schemaVersion: 1,
  schema: z.strictObject({ candidateId: z.string(), toRegion: z.string(), refusedOn: calendarDate, reason: z.enum(TRANSFER_REFUSAL_REASONS) }),
  describe: ({ toRegion, refusedOn, reason }) => ({
    fr: `La région ${toRegion} a refusé le dossier le ${refusedOn} (motif : ${reason}) ; il reste dans cette région`,
    en: `Region ${toRegion} refused the file on ${refusedOn} (reason: ${reason}); it stays in this region`,
  }),
});
