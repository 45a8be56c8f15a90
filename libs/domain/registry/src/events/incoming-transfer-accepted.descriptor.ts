import { calendarDate, defineEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { IncomingTransferAccepted } from './incoming-transfer-accepted.event';

/** IncomingTransferAccepted as stored, version 1. */
export const incomingTransferAcceptedDescriptor = defineEvent<IncomingTransferAccepted>({
  type: 'IncomingTransferAccepted',
  schemaVersion: 1,
  schema: z.strictObject({ candidateId: z.string(), fromRegion: z.string(), toRegion: z.string(), acceptedOn: calendarDate }),
  describe: ({ fromRegion, toRegion, acceptedOn }) => ({
    fr: `Transfert depuis la région ${fromRegion} accepté par la région ${toRegion} le ${acceptedOn}`,
    en: `Transfer from region ${fromRegion} accepted by region ${toRegion} on ${acceptedOn}`,
  }),
});
