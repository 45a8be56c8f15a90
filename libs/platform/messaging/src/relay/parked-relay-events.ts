import { RELAY_PARKED_EVENTS_TABLE } from '../schema/messaging-tables';
import type { SqlClient } from '../sql/sql-client';
import type { ParkedRelayEvent, RelayParkReason } from './parked-relay-event';

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

const COLUMNS = 'relay, global_position, stream_id, event_id, event_type, reason, held_behind, error, parked_at, retried_at';

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
): Promise<ParkedRelayEvent[]> => {
  const { rows } = await db.query<ParkedRow>(
    `SELECT ${COLUMNS} FROM ${RELAY_PARKED_EVENTS_TABLE}
      WHERE relay = $1 AND ($2::text IS NULL OR stream_id = $2)
      ORDER BY global_position LIMIT $3`,
    [relay, options.streamId ?? null, options.limit ?? 1_000],
  );
  return rows.map(toParkedRelayEvent);
};

/** How many events a relay has parked. */
export const countParkedRelayEvents = async (db: SqlClient, relay: string): Promise<number> => {
  const { rows } = await db.query<{ parked: string }>(`SELECT count(*) AS parked FROM ${RELAY_PARKED_EVENTS_TABLE} WHERE relay = $1`, [relay]);
  return Number(rows[0]?.parked ?? 0);
};

/** Each stream with parked events, and the global position of its first one. */
export const loadParkedStreams = async (db: SqlClient, relay: string): Promise<Map<string, number>> => {
  const { rows } = await db.query<{ stream_id: string; first: string }>(
    `SELECT stream_id, min(global_position) AS first FROM ${RELAY_PARKED_EVENTS_TABLE} WHERE relay = $1 GROUP BY stream_id`,
    [relay],
  );
  return new Map(rows.map((row) => [row.stream_id, Number(row.first)]));
};

/** The global position of the stream's first parked event, if it still has one. */
export const firstParkedPosition = async (db: SqlClient, relay: string, streamId: string): Promise<number | undefined> => {
  const { rows } = await db.query<{ first: string | null }>(
    `SELECT min(global_position) AS first FROM ${RELAY_PARKED_EVENTS_TABLE} WHERE relay = $1 AND stream_id = $2`,
    [relay, streamId],
  );
  const first = rows[0]?.first;
  return first === null || first === undefined ? undefined : Number(first);
};

/**
 * Streams whose first parked event is held behind one no longer parked: an operator's retry
 * released the head while the relay was holding the next event behind it. Nothing else would ever
 * release them; the leader retries them itself.
 */
export const orphanedParkedStreams = async (db: SqlClient, relay: string): Promise<string[]> => {
  const { rows } = await db.query<{ stream_id: string }>(
    `SELECT stream_id FROM (
       SELECT DISTINCT ON (stream_id) stream_id, reason FROM ${RELAY_PARKED_EVENTS_TABLE} WHERE relay = $1 ORDER BY stream_id, global_position
     ) AS firsts WHERE reason = 'held-behind'`,
    [relay],
  );
  return rows.map((row) => row.stream_id);
};
