import { calendarDate, defineEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { storedMembers, storedRuleApplications } from '../shared/stored-schemas';
import type { JuryConstituted } from './jury-constituted.event';
import { traceOf } from './rule-ids-of';

/** JuryConstituted as stored, version 1; a decision under JURY-PROFESSIONALS. */
export const juryConstitutedDescriptor = defineEvent<JuryConstituted>({
  type: 'JuryConstituted',
  schemaVersion: 1,
  schema: z.strictObject({
    sessionId: z.string(),
    members: storedMembers,
    rulebookId: z.string(),
    ruleApplications: storedRuleApplications,
    constitutedOn: calendarDate,
  }),
  decision: traceOf,
  describe: ({ sessionId, members, constitutedOn }) => {
    const ids = members.map((member) => member.memberId).join(', ');
    return {
      fr: `Jury de la session ${sessionId} constitué le ${constitutedOn} : ${ids}`,
      en: `Jury of session ${sessionId} constituted on ${constitutedOn}: ${ids}`,
    };
  },
});
