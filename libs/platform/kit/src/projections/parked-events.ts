import type { RecordedEvent } from '@titrepro/event-store';
import type { DataSource, EntityManager } from 'typeorm';
import { PARKED_EVENTS_TABLE } from '../event-store/kit-migrations';
import { PROJECTION_PARKED, rowsOf } from './processor-tables';

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

export const parkEvent = (manager: EntityManager, projection: string, recorded: RecordedEvent, reason: ParkedEvent['reason'], error: string): Promise<void> =>
  PROJECTION_PARKED.park(rowsOf(manager), projection, [
    { globalPosition: recorded.globalPosition, streamId: recorded.streamId, eventId: recorded.eventId, eventType: recorded.type, reason, error },
  ]);

/** Of these streams, those with parked events: their later events are held behind. */
export const streamsWithParkedEvents = async (manager: EntityManager, projection: string, streamIds: readonly string[]): Promise<Set<string>> =>
  new Set((await PROJECTION_PARKED.firstParkedByStream(rowsOf(manager), projection, streamIds)).keys());

export const listParkedEvents = async (db: DataSource | EntityManager, projection: string, streamId?: string): Promise<ParkedEvent[]> =>
  (await PROJECTION_PARKED.list<ParkedRow>(rowsOf(db), projection, streamId === undefined ? {} : { streamId })).map(toParked);

export const countParkedEvents = (db: DataSource | EntityManager, projection: string): Promise<number> => PROJECTION_PARKED.count(rowsOf(db), projection);

export const releaseParkedEvent = (manager: EntityManager, projection: string, globalPosition: number): Promise<void> =>
  PROJECTION_PARKED.release(rowsOf(manager), projection, [globalPosition]);

/** A retry failed on it again: its new error, one more attempt (the projections' own column). */
export const recordRetryFailure = async (manager: EntityManager, projection: string, globalPosition: number, error: string): Promise<void> => {
  await manager.query(
    `UPDATE ${PARKED_EVENTS_TABLE} SET reason = 'failed', error = $3, attempts = attempts + 1 WHERE projection = $1 AND global_position = $2`,
    [projection, globalPosition, error],
  );
};

export const clearParkedEvents = (manager: EntityManager, projection: string): Promise<void> => PROJECTION_PARKED.clear(rowsOf(manager), projection);
