import type { RecordedEvent } from '@titrepro/event-store';
import type { DataSource, EntityManager } from 'typeorm';
import { PARKED_EVENTS_TABLE } from '../event-store/kit-migrations';

/** An event a projection could not apply, or held behind one of its stream that it could not. */
export interface ParkedEvent {
  readonly projection: string;
  readonly globalPosition: number;
  readonly streamId: string;
  readonly eventId: string;
  readonly eventType: string;
  readonly reason: 'failed' | 'held-behind';
  readonly error: string;
  readonly attempts: number;
  readonly parkedAt: string;
}

interface ParkedRow {
  readonly projection: string;
  readonly global_position: string;
  readonly stream_id: string;
  readonly event_id: string;
  readonly event_type: string;
  readonly reason: ParkedEvent['reason'];
  readonly error: string;
  readonly attempts: number;
  readonly parked_at: Date;
}

const toParked = (row: ParkedRow): ParkedEvent => ({
  projection: row.projection,
  globalPosition: Number(row.global_position),
  streamId: row.stream_id,
  eventId: row.event_id,
  eventType: row.event_type,
  reason: row.reason,
  error: row.error,
  attempts: row.attempts,
  parkedAt: new Date(row.parked_at).toISOString(),
});

export const parkEvent = async (
  manager: EntityManager,
  projection: string,
  recorded: RecordedEvent,
  reason: ParkedEvent['reason'],
  error: string,
): Promise<void> => {
  await manager.query(
    `INSERT INTO ${PARKED_EVENTS_TABLE} (projection, global_position, stream_id, event_id, event_type, reason, error)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (projection, global_position) DO NOTHING`,
    [projection, recorded.globalPosition, recorded.streamId, recorded.eventId, recorded.type, reason, error],
  );
};

/** Of these streams, those with parked events: their later events are held behind. */
export const streamsWithParkedEvents = async (manager: EntityManager, projection: string, streamIds: readonly string[]): Promise<Set<string>> => {
  const rows: Array<{ stream_id: string }> = await manager.query(
    `SELECT DISTINCT stream_id FROM ${PARKED_EVENTS_TABLE} WHERE projection = $1 AND stream_id = ANY ($2::text[])`,
    [projection, [...streamIds]],
  );
  return new Set(rows.map((row) => row.stream_id));
};

export const listParkedEvents = async (db: DataSource | EntityManager, projection: string, streamId?: string): Promise<ParkedEvent[]> => {
  const rows: ParkedRow[] = await db.query(
    `SELECT * FROM ${PARKED_EVENTS_TABLE} WHERE projection = $1 AND ($2::text IS NULL OR stream_id = $2) ORDER BY global_position`,
    [projection, streamId ?? null],
  );
  return rows.map(toParked);
};

export const countParkedEvents = async (db: DataSource | EntityManager, projection: string): Promise<number> => {
  const rows: Array<{ count: string }> = await db.query(`SELECT count(*) AS count FROM ${PARKED_EVENTS_TABLE} WHERE projection = $1`, [projection]);
  return Number(rows[0]?.count ?? 0);
};

export const releaseParkedEvent = async (manager: EntityManager, projection: string, globalPosition: number): Promise<void> => {
  await manager.query(`DELETE FROM ${PARKED_EVENTS_TABLE} WHERE projection = $1 AND global_position = $2`, [projection, globalPosition]);
};

export const recordRetryFailure = async (manager: EntityManager, projection: string, globalPosition: number, error: string): Promise<void> => {
  await manager.query(
    `UPDATE ${PARKED_EVENTS_TABLE} SET reason = 'failed', error = $3, attempts = attempts + 1 WHERE projection = $1 AND global_position = $2`,
    [projection, globalPosition, error],
  );
};

export const clearParkedEvents = async (manager: EntityManager, projection: string): Promise<void> => {
  await manager.query(`DELETE FROM ${PARKED_EVENTS_TABLE} WHERE projection = $1`, [projection]);
};
