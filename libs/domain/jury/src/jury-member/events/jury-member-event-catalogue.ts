import { eventCatalogue } from '@titrepro/domain-kernel';
import type { JuryMemberEvent } from './jury-member-event';
import { juryMemberRegisteredDescriptor } from './jury-member-registered.descriptor';

/** The events of a jury member's stream, described (personal fields' subject: the member). */
export const juryMemberEvents = eventCatalogue<JuryMemberEvent>({
  JuryMemberRegistered: juryMemberRegisteredDescriptor,
});
