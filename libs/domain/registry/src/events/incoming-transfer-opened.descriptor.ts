import { calendarDate, defineEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { IncomingTransferOpened } from './incoming-transfer-opened.event';

/** IncomingTransferOpened as stored, version 1. */
export const incomingTransferOpenedDescriptor = defineEvent<IncomingTransferOpened>({
  type: 'IncomingTransferOpened',
  schemaVersion: 1,
  schema: z.strictObject({ candidateId: z.string(), fromRegion: z.string(), toRegion: z.string(), requestedOn: calendarDate }),
  describe: ({ fromRegion, toRegion, requestedOn }) => ({
    fr: `Dossier proposé par la région ${fromRegion} à la région ${toRegion} le ${requestedOn}`,
    en: `File offered by region ${fromRegion} to region ${toRegion} on ${requestedOn}`,
  }),
});
