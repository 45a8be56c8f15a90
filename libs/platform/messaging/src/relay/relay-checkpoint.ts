import type { Client } from 'pg';
import { RELAY_CHECKPOINT_TABLE, RELAY_PARKED_EVENTS_TABLE } from '../schema/messaging-tables';
import type { SqlClient } from '../sql/sql-client';
import type { EventToPark } from './parked-relay-event';

/** Before any event: the relay starts from the beginning of the log. */
export const START_OF_LOG = -1;

/** The relay's checkpoint, created at the start of the log the first time. */
export const loadCheckpoint = async (client: Client, relay: string): Promise<number> => {
  await client.query(`INSERT INTO ${RELAY_CHECKPOINT_TABLE} (relay, position) VALUES ($1, $2) ON CONFLICT (relay) DO NOTHING`, [
    relay,
    START_OF_LOG,
  ]);
  const result = await client.query<{ position: string }>(`SELECT position FROM ${RELAY_CHECKPOINT_TABLE} WHERE relay = $1`, [relay]);
  return Number(result.rows[0]?.position ?? START_OF_LOG);
};

/**
 * Moves the checkpoint forward only (a late write of an older session can never move it back), and
 * records the events parked on the way in the same statement: a crash can lose neither without
 * the other, so a parked event is never skipped. A replayed position is not parked twice.
 */
export const saveCheckpoint = async (client: SqlClient, relay: string, position: number, parked: readonly EventToPark[] = []): Promise<void> => {
  if (parked.length === 0) {
    await client.query(`UPDATE ${RELAY_CHECKPOINT_TABLE} SET position = $2, updated_at = now() WHERE relay = $1 AND position < $2`, [relay, position]);
    return;
  }
  // A data-modifying WITH runs to completion whether or not the main statement reads it.
  await client.query(
    `WITH parked AS (
       INSERT INTO ${RELAY_PARKED_EVENTS_TABLE} (relay, global_position, stream_id, event_id, event_type, reason, held_behind, error)
       SELECT $1, * FROM unnest($3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bigint[], $9::text[])
       ON CONFLICT (relay, global_position) DO NOTHING
     )
     UPDATE ${RELAY_CHECKPOINT_TABLE} SET position = $2, updated_at = now() WHERE relay = $1 AND position < $2`,
    [
      relay,
      position,
      parked.map((event) => event.globalPosition),
      parked.map((event) => event.streamId),
      parked.map((event) => event.eventId),
      parked.map((event) => event.eventType),
      parked.map((event) => event.reason),
      parked.map((event) => event.heldBehind ?? null),
      parked.map((event) => event.error),
    ],
  );
};
