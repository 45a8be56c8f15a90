import { protectPersonalData } from '../crypto/personal-data';
import type { NewEvent } from '../port/events';
import type { KeyStore, SubjectKey } from '../port/key-store';
import type { SealedEvent } from './stored-event';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Validates the events and seals their personal fields (one key lookup per subject). */
export const sealEvents = async (events: readonly NewEvent[], keyStore: KeyStore | undefined): Promise<SealedEvent[]> => {
  const keys = new Map<string, SubjectKey>();
  for (const event of events) {
    if (!UUID.test(event.eventId)) throw new TypeError(`eventId must be a UUID, got "${event.eventId}"`);
    if (!Number.isInteger(event.schemaVersion) || event.schemaVersion < 1) {
      throw new TypeError(`schemaVersion of ${event.type} must be a positive integer`);
    }
    const subjectId = event.personal?.subjectId;
    if (subjectId === undefined || keys.has(subjectId)) continue;
    if (!keyStore) throw new Error(`Event ${event.type} has personal data but the store has no KeyStore`);
    keys.set(subjectId, await keyStore.keyFor(subjectId));
  }
  return events.map((event) => {
    const key = event.personal ? keys.get(event.personal.subjectId) : undefined;
    const sealed: SealedEvent = {
      eventId: event.eventId.toLowerCase(),
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: event.personal && key ? protectPersonalData(event.data, event.personal, key) : event.data,
      metadata: event.metadata,
    };
    return event.personal ? { ...sealed, personal: { subjectId: event.personal.subjectId, fields: [...event.personal.fields] } } : sealed;
  });
};
