import type { JuryMemberRegistered } from './jury-member-registered.event';

/** Every event of a jury member's stream. */
export type JuryMemberEvent = JuryMemberRegistered;

export type JuryMemberEventType = JuryMemberEvent['type'];
