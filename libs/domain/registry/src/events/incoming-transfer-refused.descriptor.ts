import { calendarDate, defineEvent, personal } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { IncomingTransferRefused } from './incoming-transfer-refused.event';
import { TRANSFER_REFUSAL_REASONS } from './transfer-refusal-reason';

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
