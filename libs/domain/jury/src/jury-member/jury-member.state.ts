import type { CalendarDate } from '@titrepro/domain-kernel';
import type { JuryMemberFacts } from '../shared/jury-member-facts';

/** A jury member's stream folded: the facts sessions are decided on; the name is not kept. */
export type JuryMemberState =
  | { readonly status: 'unknown' }
  | { readonly status: 'registered'; readonly facts: JuryMemberFacts; readonly registeredOn: CalendarDate };

export const initialJuryMemberState = (): JuryMemberState => ({ status: 'unknown' });
