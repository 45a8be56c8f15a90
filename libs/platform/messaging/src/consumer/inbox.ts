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
  /** What was applied under the id (contentDigest): a later message with the same id must match it. */
  readonly contentDigest: Buffer;
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
         "offset" = EXCLUDED."offset", content_digest = EXCLUDED.content_digest, recorded_at = now()
       WHERE inbox.outcome = 'dead-lettered'`
    : 'DO NOTHING';
  const rows = await sql(
    `INSERT INTO ${INBOX_TABLE} AS inbox (consumer, event_id, event_type, topic, partition, "offset", outcome, content_digest)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (consumer, event_id) ${onConflict}
     RETURNING event_id`,
    [entry.consumer, entry.eventId, entry.eventType ?? null, entry.topic, entry.partition, entry.offset, entry.outcome, entry.contentDigest],
  );
  return rows.length > 0;
};

/**
 * What a message whose event id is already in the inbox is: a `redelivery` (same content, or an
 * entry recorded before digests were kept), or a `conflict` (same id, other content).
 *
 * An entry without a digest (recorded before migration 7) is taken for a redelivery: what it applied
 * is kept nowhere, so a forgery cannot be told from the relay republishing after a crash or a group
 * reading its topic again; refusing them all would turn every ordinary redelivery of an old event
 * into a dead letter for an operator, while skipping changes nothing (it is what the consumer did
 * before). Such entries only age: every id recorded from now on has its digest.
 */
export const judgeRedelivery = async (sql: SqlExecutor, consumer: string, eventId: string, contentDigest: Buffer): Promise<'redelivery' | 'conflict'> => {
  const rows = await sql<{ content_digest: Buffer | null }>(`SELECT content_digest FROM ${INBOX_TABLE} WHERE consumer = $1 AND event_id = $2`, [consumer, eventId]);
  const recorded = rows[0]?.content_digest;
  return recorded === undefined || recorded === null || recorded.equals(contentDigest) ? 'redelivery' : 'conflict';
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
