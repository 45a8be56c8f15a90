import { type RuleApplication } from '@titrepro/domain-rulebook';
import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';
import type { JuryMemberFacts } from '../../shared/jury-member-facts';

/** The office named the session's jury; JURY-PROFESSIONALS held for every candidate convened so far. */
export type JuryConstituted = DomainEvent<
  'JuryConstituted',
  {
    readonly sessionId: string;
    readonly members: readonly JuryMemberFacts[];
    readonly rulebookId: string;
    readonly ruleApplications: readonly RuleApplication[];
    readonly constitutedOn: CalendarDate;
  }
>;
