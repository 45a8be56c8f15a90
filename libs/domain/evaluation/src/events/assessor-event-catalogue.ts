import { eventCatalogue, type EventOf } from '@titrepro/domain-kernel';
import { assessorRegisteredDescriptor } from './assessor-registered.event';

export * from './assessor-registered.event';

/** The events of an assessor stream, described (personal fields' subject: the assessor). */
export const assessorEvents = eventCatalogue({
  AssessorRegistered: assessorRegisteredDescriptor,
});

/** Every event of an assessor stream. */
export type AssessorEvent = EventOf<typeof assessorEvents>;

export type AssessorEventType = AssessorEvent['type'];
