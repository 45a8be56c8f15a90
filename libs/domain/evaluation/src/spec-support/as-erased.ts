// What the event store gives back once an assessor is forgotten (not exported from the library).
import { REDACTED } from '@titrepro/domain-kernel';
import { type AssessorEvent, assessorEvents } from '../events/assessor-event-catalogue';

/** `event` stored (JSON), its declared personal fields unreadable (REDACTED), then read back through the catalogue. */
export const asErased = (event: AssessorEvent): AssessorEvent => {
  const storage = assessorEvents.storageOf(event);
  const data = JSON.parse(JSON.stringify(event.data)) as Record<string, unknown>;
  for (const field of storage.personal?.fields ?? []) data[field] = REDACTED;
  const read = assessorEvents.read({ type: event.type, schemaVersion: storage.schemaVersion, data: JSON.parse(JSON.stringify(data)) });
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
};
