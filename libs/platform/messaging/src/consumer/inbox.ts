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

export interface RecordInInboxOptions {
  /**
   * A replay of a dead letter: an entry the consumer recorded as `dead-lettered` becomes `handled`
   * (and the event is applied). Only one already `handled` is a duplicate then.
   */
  readonly replay?: boolean;
}

/**
 * Records an event id for a consumer; false when it was already there (a redelivery). Run inside the
 * handler's transaction: a concurrent insert of the same id waits for the first to commit or roll back.
 */
export const recordInInbox = async (sql: SqlExecutor, entry: InboxEntry, options: RecordInInboxOptions = {}): Promise<boolean> => {
  const onConflict = options.replay
    ? `DO UPDATE SET outcome = EXCLUDED.outcome, event_type = EXCLUDED.event_type, topic = EXCLUDED.topic, partition = EXCLUDED.partition,
         "offset" = EXCLUDED."offset", recorded_at = now()
       WHERE inbox.outcome = 'dead-lettered'`
    : 'DO NOTHING';
  const rows = await sql(
    `INSERT INTO ${INBOX_TABLE} AS inbox (consumer, event_id, event_type, topic, partition, "offset", outcome)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (consumer, event_id) ${onConflict}
     RETURNING event_id`,
    [entry.consumer, entry.eventId, entry.eventType ?? null, entry.topic, entry.partition, entry.offset, entry.outcome],
  );
  return rows.length > 0;
};

export const isInInbox = async (sql: SqlExecutor, consumer: string, eventId: string): Promise<boolean> =>
  (await sql(`SELECT 1 FROM ${INBOX_TABLE} WHERE consumer = $1 AND event_id = $2`, [consumer, eventId])).length > 0;

/** Whether the consumer has applied the event (a dead-lettered one has not). */
export const isHandled = async (sql: SqlExecutor, consumer: string, eventId: string): Promise<boolean> =>
  (await sql(`SELECT 1 FROM ${INBOX_TABLE} WHERE consumer = $1 AND event_id = $2 AND outcome = 'handled'`, [consumer, eventId])).length > 0;

/** The event is not applied after all (deferred, or dead-lettered again): a redelivery must not apply it either. */
export const markInboxDeadLettered = async (sql: SqlExecutor, consumer: string, eventId: string): Promise<void> => {
  await sql(`UPDATE ${INBOX_TABLE} SET outcome = 'dead-lettered' WHERE consumer = $1 AND event_id = $2`, [consumer, eventId]);
};
