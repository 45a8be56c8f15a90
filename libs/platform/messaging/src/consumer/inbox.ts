import { INBOX_TABLE } from '../schema/messaging-tables';
import type { SqlExecutor } from './unit-of-work';

export interface InboxEntry {
  readonly consumer: string;
  readonly eventId: string;
  readonly eventType: string | undefined;
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly outcome: 'handled' | 'dead-lettered';
}

/**
 * Records an event id for a consumer; false when it was already there (a redelivery). Run inside the
 * handler's transaction: a concurrent insert of the same id waits for the first to commit or roll back.
 */
export const recordInInbox = async (sql: SqlExecutor, entry: InboxEntry): Promise<boolean> => {
  const rows = await sql(
    `INSERT INTO ${INBOX_TABLE} (consumer, event_id, event_type, topic, partition, "offset", outcome)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (consumer, event_id) DO NOTHING
     RETURNING event_id`,
    [entry.consumer, entry.eventId, entry.eventType ?? null, entry.topic, entry.partition, entry.offset, entry.outcome],
  );
  return rows.length > 0;
};

export const isInInbox = async (sql: SqlExecutor, consumer: string, eventId: string): Promise<boolean> =>
  (await sql(`SELECT 1 FROM ${INBOX_TABLE} WHERE consumer = $1 AND event_id = $2`, [consumer, eventId])).length > 0;
