import { pgRows } from '../processor/sql-rows';
import type { SqlClient } from '../sql/sql-client';
import type { ParkedRelayEvent, RelayParkReason } from './parked-relay-event';
import { RELAY_PARKED } from './relay-checkpoint';

interface ParkedRow {
  relay: string;
  global_position: string;
  stream_id: string;
  event_id: string;
  event_type: string;
  reason: RelayParkReason;
  held_behind: string | null;
  error: string;
  parked_at: Date;
  retried_at: Date | null;
}

export const toParkedRelayEvent = (row: ParkedRow): ParkedRelayEvent => ({
  relay: row.relay,
  globalPosition: Number(row.global_position),
  streamId: row.stream_id,
  eventId: row.event_id,
  eventType: row.event_type,
  reason: row.reason,
  heldBehind: row.held_behind === null ? undefined : Number(row.held_behind),
  error: row.error,
  parkedAt: row.parked_at,
  retriedAt: row.retried_at ?? undefined,
});

export interface ListParkedRelayEventsOptions {
  /** Only this stream's. */
  readonly streamId?: string;
  /** At most this many, oldest first (default 1000). */
  readonly limit?: number;
}

/** The events a relay parked, in global order: for an operator's list and a readiness check (empty = healthy). */
export const listParkedRelayEvents = async (
  db: SqlClient,
  relay: string,
  options: ListParkedRelayEventsOptions = {},
): Promise<ParkedRelayEvent[]> =>
  (await RELAY_PARKED.list<ParkedRow>(pgRows(db), relay, { ...(options.streamId ? { streamId: options.streamId } : {}), limit: options.limit ?? 1_000 })).map(
    toParkedRelayEvent,
  );

/** How many events a relay has parked. */
export const countParkedRelayEvents = (db: SqlClient, relay: string): Promise<number> => RELAY_PARKED.count(pgRows(db), relay);

/** Each stream with parked events, and the global position of its first one. */
export const loadParkedStreams = (db: SqlClient, relay: string): Promise<Map<string, number>> => RELAY_PARKED.firstParkedByStream(pgRows(db), relay);

/** The global position of the stream's first parked event, if it still has one. */
export const firstParkedPosition = (db: SqlClient, relay: string, streamId: string): Promise<number | undefined> =>
  RELAY_PARKED.firstParked(pgRows(db), relay, streamId);

/**
 * Streams whose first parked event is held behind one no longer parked: an operator's retry
 * released the head while the relay was holding the next event behind it. Nothing else would ever
 * release them; the leader retries them itself.
 */
export const orphanedParkedStreams = (db: SqlClient, relay: string): Promise<string[]> => RELAY_PARKED.orphanedStreams(pgRows(db), relay);
