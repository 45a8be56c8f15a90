import { protectPersonalData } from '../crypto/personal-data';
import type { NewEvent } from '../port/events';
import type { KeyStore, SubjectKey } from '../port/key-store';
import { isIsoInstant } from './iso-instant';
import type { SealedEvent } from './stored-event';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const validate = (event: NewEvent): void => {
  if (!UUID.test(event.eventId)) throw new TypeError(`eventId must be a UUID, got "${event.eventId}"`);
  if (!Number.isInteger(event.schemaVersion) || event.schemaVersion < 1) {
    throw new TypeError(`schemaVersion of ${event.type} must be a positive integer`);
  }
  // Required by the type; checked here too because it enters the hash chain and can never be fixed.
  if (!isIsoInstant(event.metadata.occurredAt)) {
    throw new TypeError(`metadata.occurredAt of ${event.type} must be an ISO-8601 instant (e.g. new Date().toISOString()), got ${String(event.metadata.occurredAt)}`);
  }
};

const normalised = (event: NewEvent): SealedEvent => {
  const eventId = event.eventId.toLowerCase();
  return eventId === event.eventId ? event : { ...event, eventId };
};

/**
 * Validates the events and seals their personal fields (one key lookup per subject). Synchronous
 * when no event carries personal data: the hot path of an append should not wait for nothing.
 */
export const sealEvents = (events: readonly NewEvent[], keyStore: KeyStore | undefined): SealedEvent[] | Promise<SealedEvent[]> => {
  events.forEach(validate);
  if (!events.some((event) => event.personal)) return events.map(normalised);
  return sealPersonal(events, keyStore);
};

const sealPersonal = async (events: readonly NewEvent[], keyStore: KeyStore | undefined): Promise<SealedEvent[]> => {
  const keys = new Map<string, SubjectKey>();
  for (const event of events) {
    const subjectId = event.personal?.subjectId;
    if (subjectId === undefined || keys.has(subjectId)) continue;
    if (!keyStore) throw new Error(`Event ${event.type} has personal data but the store has no KeyStore`);
    keys.set(subjectId, await keyStore.keyFor(subjectId));
  }
  return events.map((event) => {
    const key = event.personal ? keys.get(event.personal.subjectId) : undefined;
    if (!event.personal || !key) return normalised(event);
    return {
      eventId: event.eventId.toLowerCase(),
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: protectPersonalData(event.data, event.personal, key),
      metadata: event.metadata,
      personal: { subjectId: event.personal.subjectId, fields: [...event.personal.fields] },
    };
  });
};
