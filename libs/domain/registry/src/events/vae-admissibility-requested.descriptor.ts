import { calendarDate, defineEvent, personal } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { experiencePeriodSchema } from './pathway-state.schema';
import type { VaeAdmissibilityRequested } from './vae-admissibility-requested.event';

/** VaeAdmissibilityRequested as stored, version 1. */
export const vaeAdmissibilityRequestedDescriptor = defineEvent<VaeAdmissibilityRequested>({
  type: 'VaeAdmissibilityRequested',
  schemaVersion: 1,
  schema: z.strictObject({
    candidateId: z.string(),
    pathwayId: z.string(),
    titleCode: z.string(),
    requestedOn: calendarDate,
    experiencePeriods: z.array(experiencePeriodSchema),
    experienceDescriptions: personal(z.array(z.strictObject({ organisation: z.string(), role: z.string() }))),
  }),
  personal: { subject: (data) => data.candidateId, fields: ['experienceDescriptions'] },
  describe: ({ pathwayId, experiencePeriods, requestedOn }) => ({
    fr: `Dépôt du dossier de recevabilité VAE du parcours ${pathwayId}, avec ${experiencePeriods.length} période(s) d'expérience, le ${requestedOn}`,
    en: `Filed a VAE admissibility request for pathway ${pathwayId} with ${experiencePeriods.length} experience period(s) on ${requestedOn}`,
  }),
});
