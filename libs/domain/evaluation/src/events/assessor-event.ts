import type { AssessorRegistered } from './assessor-registered.event';

/** Every event of an assessor stream. */
export type AssessorEvent = AssessorRegistered;

export type AssessorEventType = AssessorEvent['type'];
