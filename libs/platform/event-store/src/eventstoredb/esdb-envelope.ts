import { jsonEvent, type EventData as EsdbEventData, type RecordedEvent as EsdbRecordedEvent } from '@eventstore/db-client';
import type { EventMetadata } from '../port/event-metadata';
import type { PersonalDataSpec } from '../port/events';
import type { PreparedEvent } from '../stored/chain-events';
import type { StoredEvent } from '../stored/stored-event';

/**
 * What an event's EventStoreDB metadata holds: our metadata, schema version, personal spec and
 * hash-chain fields. `$correlationId`/`$causationId` are EventStoreDB's own names, filled in so its
 * tooling (projections, UI) sees the causal chain.
 */
interface Envelope {
  readonly schemaVersion: number;
  readonly metadata: EventMetadata;
  readonly personal?: PersonalDataSpec;
  readonly prevHash: string;
  readonly hash: string;
  readonly $correlationId?: string;
  readonly $causationId?: string;
}

/** Streams the adapter keeps for itself (snapshots): never handed out by global reads. */
export const INTERNAL_PREFIX = '__';

export const snapshotStreamOf = (streamId: string): string => `${INTERNAL_PREFIX}snapshot-${streamId}`;

export const isInternalOrSystem = (streamId: string, type: string): boolean =>
  streamId.startsWith(INTERNAL_PREFIX) || streamId.startsWith('$') || type.startsWith('$');

export const toEsdbEvent = (prepared: PreparedEvent, prevHash: string, hash: string): EsdbEventData => {
  const { event } = prepared;
  const envelope: Envelope = {
    schemaVersion: event.schemaVersion,
    metadata: event.metadata,
    ...(event.personal ? { personal: event.personal } : {}),
    prevHash,
    hash,
    $correlationId: event.metadata.correlationId,
    ...(event.metadata.causationId ? { $causationId: event.metadata.causationId } : {}),
  };
  return jsonEvent({ id: event.eventId, type: event.type, data: event.data, metadata: envelope });
};

/** Undefined for events this adapter did not write (system events, foreign streams). */
export const fromEsdbEvent = (event: EsdbRecordedEvent): StoredEvent | undefined => {
  const envelope = event.metadata as Partial<Envelope> | undefined;
  if (!event.isJson || !envelope || typeof envelope.hash !== 'string' || typeof envelope.schemaVersion !== 'number') return undefined;
  const stored: StoredEvent = {
    globalPosition: Number(event.position?.commit ?? -1n),
    streamId: event.streamId,
    revision: Number(event.revision),
    eventId: event.id,
    type: event.type,
    schemaVersion: envelope.schemaVersion,
    data: event.data as Record<string, unknown>,
    metadata: envelope.metadata as EventMetadata,
    recordedAt: event.created,
    prevHash: envelope.prevHash ?? '',
    hash: envelope.hash,
  };
  return envelope.personal ? { ...stored, personal: envelope.personal } : stored;
};
