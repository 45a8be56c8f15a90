import { calendarDate, defineEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { OutgoingTransferRefused } from './outgoing-transfer-refused.event';
import { TRANSFER_REFUSAL_REASONS } from './transfer-refusal-reason';

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
