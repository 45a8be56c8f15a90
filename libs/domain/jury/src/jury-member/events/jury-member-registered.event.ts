import { type CalendarDate, calendarDate, defineEvent, type DomainEvent, type Personal, personal } from '@titrepro/domain-kernel';
import { z } from 'zod';

/**
 * A regional office registered a jury member. `familyName` and `givenNames` are the member's
 * personal data, sealed under their key (subject: the member); the rest is what sessions are
 * decided on (`JuryMemberFacts`).
 */
export type JuryMemberRegistered = DomainEvent<
  'JuryMemberRegistered',
  {
    readonly memberId: string;
    readonly region: string;
    /** The titles the member may judge, each in force on `registeredOn`. */
    readonly titleCodes: readonly string[];
    /** The same person as an assessor of the evaluation service, if they are one. */
    readonly assessorId: string | null;
    readonly registeredOn: CalendarDate;
    readonly familyName: Personal<string>;
    readonly givenNames: Personal<readonly string[]>;
  }
>;

/** JuryMemberRegistered as stored, version 1. */
export const juryMemberRegisteredDescriptor = defineEvent<JuryMemberRegistered>({
  type: 'JuryMemberRegistered',
  schemaVersion: 1,
  schema: z.strictObject({
    memberId: z.string(),
    region: z.string(),
    titleCodes: z.array(z.string()),
    assessorId: z.string().nullable(),
    registeredOn: calendarDate,
    familyName: personal(z.string()),
    givenNames: personal(z.array(z.string())),
  }),
  personal: { subject: (data) => data.memberId, fields: ['familyName', 'givenNames'] },
  describe: ({ memberId, region, titleCodes, assessorId, registeredOn }) => {
    const titles = titleCodes.join(', ');
    const asAssessor = assessorId === null ? { fr: '', en: '' } : { fr: ` (évaluateur ${assessorId})`, en: ` (assessor ${assessorId})` };
    return {
      fr: `Membre de jury ${memberId}${asAssessor.fr} inscrit par la région ${region} le ${registeredOn}, habilité pour ${titles}`,
      en: `Jury member ${memberId}${asAssessor.en} registered by region ${region} on ${registeredOn}, habilitated for ${titles}`,
    };
  },
});
