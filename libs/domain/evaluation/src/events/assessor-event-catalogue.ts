import { eventCatalogue } from '@titrepro/domain-kernel';
import type { AssessorEvent } from './assessor-event';
import { assessorRegisteredDescriptor } from './assessor-registered.descriptor';

/** The events of an assessor stream, described (personal fields' subject: the assessor). */
export const assessorEvents = eventCatalogue<AssessorEvent>({
  AssessorRegistered: assessorRegisteredDescriptor,
});
