import { DEAD_LETTERS_TABLE } from '../schema/messaging-tables';
import { postgresSafeText } from './safe-text';
import type { SqlClient } from '../sql/sql-client';
import { heldBehindDeadLetterText, MAX_DEAD_LETTER_ERROR_LENGTH, UNDECODABLE_REASONS, UNSEQUENCED_REASONS, type DeadLetter, type DeadLetterRecordReason, type NewDeadLetter } from './dead-letter';
import { markInboxDeadLettered } from './inbox';
import type { SqlExecutor, UnitOfWork } from './unit-of-work';

export interface DeadLetterRow extends Record<string, unknown> {
  consumer: string;
  dead_letter_id: string;
  sequence: string;
  key: string | null;
  raw_key: Buffer | null;
  event_id: string | null;
  event_type: string | null;
  topic: string;
  partition: number;
  offset: string;
  headers: Record<string, string>;
  value: Buffer | null;
  reason: DeadLetterRecordReason;
  held_behind: string | null;
  error: string;
  attempts: number;
  dead_lettered_at: Date;
  last_failed_at: Date;
}

export const DEAD_LETTER_COLUMNS =
  'consumer, dead_letter_id, sequence, key, raw_key, event_id, event_type, topic, partition, "offset", headers, value, reason, held_behind, error, attempts, dead_lettered_at, last_failed_at';

export const toDeadLetter = (row: DeadLetterRow): DeadLetter => ({
  consumer: row.consumer,
  id: row.dead_letter_id,
  sequence: Number(row.sequence),
  key: row.key ?? undefined,
  rawKey: row.raw_key,
  eventId: row.event_id ?? undefined,
  eventType: row.event_type ?? undefined,
  topic: row.topic,
  partition: row.partition,
  offset: String(row.offset),
  headers: row.headers,
  value: row.value,
  reason: row.reason,
  heldBehind: row.held_behind === null ? undefined : Number(row.held_behind),
  error: row.error,
  attempts: row.attempts,
  deadLetteredAt: row.dead_lettered_at,
  lastFailedAt: row.last_failed_at,
});

/**
 * Rejected messages (an untrusted source: a forgery, or a region speaking for a candidate it does
 * not hold) are kept for operators to see, but hold nothing behind them and are never replayed:
 * otherwise anyone able to write to the topic could stop a candidate's events. Deferred ones wait
 * for their own readmission (deferred-letters.ts), and discarded ones are only a record: neither holds anything.
 */
export const SEQUENCED = `reason NOT IN (${UNSEQUENCED_REASONS.map((reason) => `'${reason}'`).join(', ')})`;

/** Undecodable letters (see UNDECODABLE_REASONS). */
export const UNDECODABLE = `reason IN (${UNDECODABLE_REASONS.map((reason) => `'${reason}'`).join(', ')})`;

/**
 * The keys among `keys` that have dead letters, each with its head (lowest sequence): one query for
 * a chunk of messages, in its transaction.
 */
export const heldKeys = async (sql: SqlExecutor, consumer: string, keys: readonly string[]): Promise<Map<string, number>> => {
  if (keys.length === 0) return new Map();
  const rows = await sql<{ key: string; head: string }>(
    `SELECT key, min(sequence) AS head FROM ${DEAD_LETTERS_TABLE} WHERE consumer = $1 AND key = ANY($2::text[]) AND ${SEQUENCED} GROUP BY key`,
    [consumer, [...new Set(keys)]],
  );
  return new Map(rows.map((row) => [row.key, Number(row.head)]));
};

/**
 * Serialises, until the transaction ends, what touches these keys' sequences: holding a message
 * behind a dead letter, recording a dead letter, and each step of a replay. Without it a replay could
 * finish just before a message is held behind what it had just released, which would then wait
 * for the next replay. Sorted, so that two transactions never wait on each other in a cycle.
 */
export const lockKeys = async (sql: SqlExecutor, consumer: string, keys: readonly string[]): Promise<void> => {
  if (keys.length === 0) return;
  await sql(
    `SELECT pg_advisory_xact_lock(hashtext('titrepro.dead-letters:' || $1), hashtext(key))
       FROM (SELECT DISTINCT unnest($2::text[]) AS key ORDER BY 1) AS sorted`,
    [consumer, [...keys]],
  );
};

/**
 * Records a dead letter; its sequence, or undefined when this Kafka message was already recorded (a
 * redelivery). `dlqPending`: it is to be published on `<topic>.dlq` (see publishPendingDeadLetters).
 */
export const recordDeadLetter = async (
  sql: SqlExecutor,
  consumer: string,
  letter: NewDeadLetter,
  heldBehind?: number,
  options: { readonly dlqPending?: boolean } = {},
): Promise<number | undefined> => {
  const rows = await sql<{ sequence: string }>(
    `INSERT INTO ${DEAD_LETTERS_TABLE} (consumer, key, event_id, event_type, topic, partition, "offset", headers, value, reason, held_behind, error, attempts, raw_key, dlq_pending)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
     ON CONFLICT (consumer, topic, partition, "offset") DO NOTHING
     RETURNING sequence`,
    [
      consumer,
      letter.key ?? null,
      letter.eventId ?? null,
      letter.eventType ?? null,
      letter.topic,
      letter.partition,
      letter.offset,
      JSON.stringify(letter.headers),
      letter.value,
      letter.reason,
      heldBehind ?? null,
      letter.error,
      letter.attempts,
      letter.rawKey ?? null,
      options.dlqPending ?? false,
    ],
  );
  const sequence = rows[0]?.sequence;
  return sequence === undefined ? undefined : Number(sequence);
};

/** The first dead letter of a key (messages without a key: `null`), if any. */
export const nextDeadLetter = async (sql: SqlExecutor, consumer: string, key: string | null): Promise<DeadLetter | undefined> => {
  const rows = await sql<DeadLetterRow>(
    `SELECT ${DEAD_LETTER_COLUMNS} FROM ${DEAD_LETTERS_TABLE} WHERE consumer = $1 AND key IS NOT DISTINCT FROM $2 AND ${SEQUENCED} ORDER BY sequence LIMIT 1`,
    [consumer, key],
  );
  return rows[0] ? toDeadLetter(rows[0]) : undefined;
};

export const deleteDeadLetter = async (sql: SqlExecutor, consumer: string, sequence: number): Promise<void> => {
  await sql(`DELETE FROM ${DEAD_LETTERS_TABLE} WHERE consumer = $1 AND sequence = $2`, [consumer, sequence]);
};

/**
 * A replay failed on this dead letter: it becomes the head of its key with the new error, and the
 * held ones after it now wait behind it.
 */
export const recordReplayFailure = async (
  sql: SqlExecutor,
  consumer: string,
  letter: DeadLetter,
  failure: { readonly reason: DeadLetterRecordReason; readonly error: string },
  options: { readonly dlqPending?: boolean } = {},
): Promise<void> => {
  await sql(
    `UPDATE ${DEAD_LETTERS_TABLE}
        SET reason = $3, held_behind = NULL, error = $4, attempts = attempts + 1, last_failed_at = now(), dlq_pending = dlq_pending OR $5
      WHERE consumer = $1 AND sequence = $2`,
    [consumer, letter.sequence, failure.reason, failure.error, options.dlqPending ?? false],
  );
  await sql(
    `UPDATE ${DEAD_LETTERS_TABLE} SET held_behind = $2, error = $3
      WHERE consumer = $1 AND key IS NOT DISTINCT FROM $4 AND sequence > $2 AND reason = 'held-behind'`,
    [consumer, letter.sequence, heldBehindDeadLetterText(letter.sequence), letter.key ?? null],
  );
};

/**
 * A replayed or readmitted dead letter its handler could not judge yet: deferred from now on (it
 * holds nothing; those held behind it are replayed next), and not applied in the inbox.
 */
export const recordReplayDeferral = async (sql: SqlExecutor, consumer: string, letter: DeadLetter, why: string): Promise<void> => {
  await sql(
    `UPDATE ${DEAD_LETTERS_TABLE} SET reason = 'deferred', held_behind = NULL, error = $3, attempts = attempts + 1, last_failed_at = now()
      WHERE consumer = $1 AND sequence = $2`,
    [consumer, letter.sequence, postgresSafeText(why, MAX_DEAD_LETTER_ERROR_LENGTH)],
  );
  if (letter.eventId) await markInboxDeadLettered(sql, consumer, letter.eventId);
};

export interface ListDeadLettersOptions {
  /** Only this key's (`null`: messages without a key). */
  readonly key?: string | null;
  /** At most this many, in sequence (default 1000). */
  readonly limit?: number;
}

/** A consumer's dead letters in sequence: for an operator's list and a readiness check (empty = healthy). */
export const listDeadLetters = async (db: SqlClient, consumer: string, options: ListDeadLettersOptions = {}): Promise<DeadLetter[]> => {
  const byKey = options.key !== undefined;
  const { rows } = await db.query<DeadLetterRow>(
    `SELECT ${DEAD_LETTER_COLUMNS} FROM ${DEAD_LETTERS_TABLE}
      WHERE consumer = $1 AND (NOT $2 OR key IS NOT DISTINCT FROM $3)
      ORDER BY sequence LIMIT $4`,
    [consumer, byKey, options.key ?? null, options.limit ?? 1_000],
  );
  return rows.map(toDeadLetter);
};

/** How many dead letters a consumer holds (failed and held behind). */
export const countDeadLetters = async (db: SqlClient, consumer: string): Promise<number> => (await countConsumerLetters(db, consumer)).deadLetters;

/**
 * In one query: the dead letters waiting for an operator (failed and held behind; rejected messages
 * are counted by titrepro_consumer_dead_letters_total{reason}), the deferred messages waiting for
 * news from another topic (see HandlerContext.defer), and the undecodable ones (kept for the
 * record: they hold nothing, so they do not make a consumer wait).
 */
export const countConsumerLetters = async (db: SqlClient, consumer: string): Promise<{ deadLetters: number; deferred: number; undecodable: number }> => {
  const { rows } = await db.query<{ dead_letters: string; deferred: string; undecodable: string }>(
    `SELECT count(*) FILTER (WHERE ${SEQUENCED}) AS dead_letters, count(*) FILTER (WHERE reason = 'deferred') AS deferred,
            count(*) FILTER (WHERE ${UNDECODABLE}) AS undecodable
       FROM ${DEAD_LETTERS_TABLE} WHERE consumer = $1`,
    [consumer],
  );
  const row = rows[0];
  return { deadLetters: Number(row?.dead_letters ?? 0), deferred: Number(row?.deferred ?? 0), undecodable: Number(row?.undecodable ?? 0) };
};

/**
 * An operator drops one dead letter for good (one that can never be decoded, say): it stays in the
 * table as the record of who discarded it and why, holds nothing from then on, and is never
 * replayed. Its inbox entry stays `dead-lettered`, so a redelivery is not applied either. Those it
 * held stay held, in order, until the key is replayed. Only a letter that holds its place in the
 * key's sequence, or an undecodable one, can be discarded; undefined when there is none with that sequence and key.
 */
export const discardDeadLetter = async (
  unitOfWork: UnitOfWork<unknown>,
  options: { readonly consumer: string; readonly key: string; readonly sequence: number; readonly by: string; readonly why: string },
): Promise<DeadLetter | undefined> =>
  unitOfWork.transaction(async (_tx, sql) => {
    await lockKeys(sql, options.consumer, [options.key]);
    const rows = await sql<DeadLetterRow>(
      `UPDATE ${DEAD_LETTERS_TABLE}
          SET reason = 'discarded', held_behind = NULL, last_failed_at = now(),
              error = left('discarded by ' || $4 || ': ' || $5 || ' (was ' || reason || ': ' || error || ')', $6)
        WHERE consumer = $1 AND key = $2 AND sequence = $3 AND (${SEQUENCED} OR ${UNDECODABLE})
        RETURNING ${DEAD_LETTER_COLUMNS}`,
      [options.consumer, options.key, options.sequence, options.by, options.why, MAX_DEAD_LETTER_ERROR_LENGTH],
    );
    return rows[0] ? toDeadLetter(rows[0]) : undefined;
  });
