import { calendarDate, defineEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { CandidatePersonalDataErased } from './candidate-personal-data-erased.event';

/** CandidatePersonalDataErased as stored, version 1; it carries no personal data itself. */
export const candidatePersonalDataErasedDescriptor = defineEvent<CandidatePersonalDataErased>({
  type: 'CandidatePersonalDataErased',
  schemaVersion: 1,
  schema: z.strictObject({ candidateId: z.string(), erasedOn: calendarDate }),
  describe: ({ erasedOn }) => ({
    fr: `Données personnelles effacées le ${erasedOn}`,
    en: `Personal data erased on ${erasedOn}`,
  }),
});
