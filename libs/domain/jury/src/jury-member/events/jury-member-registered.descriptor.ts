import { calendarDate, defineEvent, personal } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { JuryMemberRegistered } from './jury-member-registered.event';

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
