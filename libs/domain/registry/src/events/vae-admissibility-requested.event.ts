import { type CalendarDate, calendarDate, defineEvent, type DomainEvent, type Personal, personal } from '@titrepro/domain-kernel';
import type { ExperiencePeriod } from '@titrepro/domain-rulebook';
import { z } from 'zod';
import { experiencePeriodSchema } from './pathway-state.schema';

/** Where and as what the candidate worked during a period. */
export interface ExperienceDescription {
  readonly organisation: string;
  readonly role: string;
}

/**
 * The candidate filed a dossier de recevabilité. The periods' dates and kinds (what the rule reads)
 * are kept apart from their descriptions (personal data, `experienceDescriptions[i]` describes
 * `experiencePeriods[i]`), so that a decision can still be re-run after the candidate is erased.
 */
export type VaeAdmissibilityRequested = DomainEvent<
  'VaeAdmissibilityRequested',
  {
    readonly candidateId: string;
    readonly pathwayId: string;
    readonly titleCode: string;
    readonly requestedOn: CalendarDate;
    readonly experiencePeriods: readonly ExperiencePeriod[];
    readonly experienceDescriptions: Personal<readonly ExperienceDescription[]>;
  }
>;

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
