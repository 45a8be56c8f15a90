import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import type { RuleApplication } from '@titrepro/domain-rulebook';
import { z } from 'zod';
import type { JuryMemberFacts } from '../../shared/jury-member-facts';
import { storedMembers, storedRuleApplications } from '../shared/stored-schemas';
import { traceOf } from './rule-ids-of';

/** The office named the session's jury; JURY-PROFESSIONALS held for every candidate convened so far. */
export type JuryConstituted = DomainEvent<
  'JuryConstituted',
  {
    readonly sessionId: string;
    readonly members: readonly JuryMemberFacts[];
    /** The member designated president; absent in events recorded before the jury had one. */
    readonly presidentId?: string | null;
    readonly rulebookId: string;
    readonly ruleApplications: readonly RuleApplication[];
    readonly constitutedOn: CalendarDate;
  }
>;

/** JuryConstituted as stored, version 1; a decision under JURY-PROFESSIONALS. */
export const juryConstitutedDescriptor = defineEvent<JuryConstituted>({
  type: 'JuryConstituted',
  schemaVersion: 1,
  schema: z.strictObject({
    sessionId: z.string(),
    members: storedMembers,
    presidentId: z.string().nullable().optional(),
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
