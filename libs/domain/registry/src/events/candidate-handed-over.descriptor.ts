import { calendarDate, defineEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { CandidateHandedOver } from './candidate-handed-over.event';

/** CandidateHandedOver as stored, version 1. */
export const candidateHandedOverDescriptor = defineEvent<CandidateHandedOver>({
  type: 'CandidateHandedOver',
  schemaVersion: 1,
  schema: z.strictObject({ candidateId: z.string(), fromRegion: z.string(), toRegion: z.string(), handedOverOn: calendarDate }),
  describe: ({ fromRegion, toRegion, handedOverOn }) => ({
    fr: `Dossier remis par la région ${fromRegion} à la région ${toRegion} le ${handedOverOn}`,
    en: `File handed over by region ${fromRegion} to region ${toRegion} on ${handedOverOn}`,
  }),
});
