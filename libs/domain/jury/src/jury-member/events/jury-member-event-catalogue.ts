import { eventCatalogue, type EventOf } from '@titrepro/domain-kernel';
import { juryMemberRegisteredDescriptor } from './jury-member-registered.event';

export * from './jury-member-registered.event';

/** The events of a jury member's stream, described (personal fields' subject: the member). */
export const juryMemberEvents = eventCatalogue({
  JuryMemberRegistered: juryMemberRegisteredDescriptor,
});

/** Every event of a jury member's stream. */
export type JuryMemberEvent = EventOf<typeof juryMemberEvents>;

export type JuryMemberEventType = JuryMemberEvent['type'];
