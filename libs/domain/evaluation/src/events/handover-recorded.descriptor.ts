import { calendarDate, defineEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { HandoverRecorded } from './handover-recorded.event';

/** HandoverRecorded as stored, version 1. */
export const handoverRecordedDescriptor = defineEvent<HandoverRecorded>({
  type: 'HandoverRecorded',
  schemaVersion: 1,
  schema: z.strictObject({ candidateId: z.string(), fromRegion: z.string(), toRegion: z.string(), recordedOn: calendarDate }),
  describe: ({ fromRegion, toRegion, recordedOn }) => ({
    fr: `Dossier transféré de la région ${fromRegion} à la région ${toRegion}, pris en compte le ${recordedOn}`,
    en: `File handed over from region ${fromRegion} to region ${toRegion}, recorded on ${recordedOn}`,
  }),
});
