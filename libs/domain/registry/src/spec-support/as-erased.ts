// What the event store gives back once the candidate is forgotten (not exported from the library).
import { REDACTED } from '@titrepro/domain-kernel';
import { type CandidateEvent, candidateEvents } from '../events/candidate-event-catalogue';

/** `event` stored (JSON), its declared personal fields unreadable (REDACTED), then read back through the catalogue. */
export const asErased = (event: CandidateEvent): CandidateEvent => {
  const storage = candidateEvents.storageOf(event);
  const data = JSON.parse(JSON.stringify(event.data)) as Record<string, unknown>;
  for (const field of storage.personal?.fields ?? []) data[field] = REDACTED;
  const read = candidateEvents.read({ type: event.type, schemaVersion: storage.schemaVersion, data: JSON.parse(JSON.stringify(data)) });
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
};
