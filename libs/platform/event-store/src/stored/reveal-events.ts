import { revealPersonalData } from '../crypto/personal-data';
import type { RecordedEvent } from '../port/events';
import type { KeyStore, SubjectKey } from '../port/key-store';
import type { UpcasterRegistry } from '../upcasting/upcaster-registry';
import type { StoredEvent } from './stored-event';

/**
 * Stored → recorded: personal fields decrypted (REDACTED when their subject is forgotten), then
 * upcast to the newest schema version. Keys are fetched once per call for all subjects involved.
 */
export const revealEvents = async (
  stored: readonly StoredEvent[],
  keyStore: KeyStore | undefined,
  upcasters: UpcasterRegistry | undefined,
): Promise<RecordedEvent[]> => {
  let keys: ReadonlyMap<string, SubjectKey> = new Map();
  const subjects = new Set<string>();
  for (const event of stored) if (event.personal) subjects.add(event.personal.subjectId);
  if (subjects.size > 0 && keyStore) keys = await keyStore.findKeys([...subjects]);
  const upcast = upcasters && !upcasters.isEmpty ? upcasters : undefined;
  return stored.map((event) => {
    const data = event.personal ? revealPersonalData(event.data, event.personal, keys.get(event.personal.subjectId)) : event.data;
    const current = upcast ? upcast.upcast(event.type, event.schemaVersion, data, event.metadata) : { schemaVersion: event.schemaVersion, data };
    const recorded: RecordedEvent = {
      eventId: event.eventId,
      streamId: event.streamId,
      revision: event.revision,
      globalPosition: event.globalPosition,
      type: event.type,
      schemaVersion: current.schemaVersion,
      storedSchemaVersion: event.schemaVersion,
      data: current.data,
      metadata: event.metadata,
      recordedAt: event.recordedAt,
      prevHash: event.prevHash,
      hash: event.hash,
    };
    return event.personal ? { ...recorded, personal: event.personal } : recorded;
  });
};
