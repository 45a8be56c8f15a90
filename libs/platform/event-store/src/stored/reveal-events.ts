import { revealPersonalData } from '../crypto/personal-data';
import type { RecordedEvent } from '../port/events';
import type { KeyStore, SubjectKey } from '../port/key-store';
import type { StoredEvent } from './stored-event';

/** Events stored before `occurredAt` existed carry none: their recording time is the best we know. */
const withOccurredAt = (event: StoredEvent): RecordedEvent['metadata'] =>
  typeof event.metadata.occurredAt === 'string' ? event.metadata : { ...event.metadata, occurredAt: event.recordedAt.toISOString() };

/**
 * Stored → recorded: personal fields decrypted (REDACTED when their subject is forgotten),
 * `metadata.occurredAt` filled in for events older than it. The data stays at the version it was
 * stored at: the reader's event descriptors upcast it (`EventCatalogue.read`, the one upcasting
 * mechanism, on every read path: aggregate load, projections, relay, history, audit).
 * Keys are fetched once per call for all subjects involved.
 */
export const revealEvents = async (
  stored: readonly StoredEvent[],
  keyStore: KeyStore | undefined,
): Promise<RecordedEvent[]> => {
  let keys: ReadonlyMap<string, SubjectKey> = new Map();
  const subjects = new Set<string>();
  for (const event of stored) if (event.personal) subjects.add(event.personal.subjectId);
  if (subjects.size > 0 && keyStore) keys = await keyStore.findKeys([...subjects]);
  return stored.map((event) => {
    const data = event.personal ? revealPersonalData(event.data, event.personal, keys.get(event.personal.subjectId)) : event.data;
    const metadata = withOccurredAt(event);
    const recorded: RecordedEvent = {
      eventId: event.eventId,
      streamId: event.streamId,
      revision: event.revision,
      globalPosition: event.globalPosition,
      type: event.type,
      schemaVersion: event.schemaVersion,
      storedSchemaVersion: event.schemaVersion,
      data,
      metadata,
      recordedAt: event.recordedAt,
      prevHash: event.prevHash,
      hash: event.hash,
    };
    return event.personal ? { ...recorded, personal: event.personal } : recorded;
  });
};
