import { type CalendarDate, calendarDate, defineEvent, type DomainEvent, type Personal, personal } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { AssessorKind } from '../shared/assessor-facts';
import { storedAssessorKind } from '../shared/stored-schemas';

/**
 * A regional office registered an assessor. `familyName` and `givenNames` are the assessor's
 * personal data, sealed under their key (subject: the assessor); the rest is what candidates'
 * streams are decided on (`AssessorFacts`).
 */
export type AssessorRegistered = DomainEvent<
  'AssessorRegistered',
  {
    readonly assessorId: string;
    readonly region: string;
    readonly kind: AssessorKind;
    readonly specialtyTitleCode: string | null;
    readonly qualifiedTitleCodes: readonly string[];
    readonly registeredOn: CalendarDate;
    readonly familyName: Personal<string>;
    readonly givenNames: Personal<readonly string[]>;
  }
>;

/** AssessorRegistered as stored, version 1. */
export const assessorRegisteredDescriptor = defineEvent<AssessorRegistered>({
  type: 'AssessorRegistered',
  schemaVersion: 1,
  schema: z.strictObject({
    assessorId: z.string(),
    region: z.string(),
    kind: storedAssessorKind,
    specialtyTitleCode: z.string().nullable(),
    qualifiedTitleCodes: z.array(z.string()),
    registeredOn: calendarDate,
    familyName: personal(z.string()),
    givenNames: personal(z.array(z.string())),
  }),
  personal: { subject: (data) => data.assessorId, fields: ['familyName', 'givenNames'] },
  describe: ({ assessorId, kind, specialtyTitleCode, qualifiedTitleCodes, region, registeredOn }) => {
    const titles = qualifiedTitleCodes.join(', ');
    return kind === 'trainer'
      ? {
          fr: `Évaluateur ${assessorId} (formateur de la spécialité ${specialtyTitleCode}) inscrit par la région ${region} le ${registeredOn}, habilité pour ${titles}`,
          en: `Assessor ${assessorId} (trainer of specialty ${specialtyTitleCode}) registered by region ${region} on ${registeredOn}, qualified for ${titles}`,
        }
      : {
          fr: `Évaluateur ${assessorId} (professionnel) inscrit par la région ${region} le ${registeredOn}, habilité pour ${titles}`,
          en: `Assessor ${assessorId} (professional) registered by region ${region} on ${registeredOn}, qualified for ${titles}`,
        };
  },
});
