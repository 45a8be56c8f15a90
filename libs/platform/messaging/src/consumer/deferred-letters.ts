import { CONTRACTS, type ContractRegistry, type DeadLetterReason } from '@titrepro/contracts';
import type { KafkaMessage } from 'kafkajs';
import { errorText } from '../messaging-logger';
import { DEAD_LETTERS_TABLE } from '../schema/messaging-tables';
import { causationFromEvent } from '../trace/causation';
import { PermanentHandlerError, permanentFailureOf, type ConsumedEvent, type HandlerContext, type IntegrationEventHandler } from './consumed-event';
import { heldBehindDeadLetterText, kafkaMessageOf, MAX_DEAD_LETTER_ERROR_LENGTH, newDeadLetter, type DeadLetter } from './dead-letter';
import { DEAD_LETTER_COLUMNS, recordDeadLetter, recordReplayDeferral, recordReplayFailure, SEQUENCED, toDeadLetter, type DeadLetterRow } from './dead-letters';
import { contentDigest } from './content-digest';
import { decodeMessage } from './decode-message';
import { postgresSafeText } from './safe-text';
import { markInboxDeadLettered, recordInInbox } from './inbox';
import type { SqlExecutor } from './unit-of-work';

/**
 * Records a message as `deferred` in the handler's transaction (HandlerContext.defer): the inbox
 * entry the consumer made becomes `dead-lettered`, so that a redelivery is not applied either.
 */
export const recordDeferral = async (sql: SqlExecutor, consumer: string, message: KafkaMessage, event: ConsumedEvent, why: string, attempts: number): Promise<void> => {
  const letter = newDeadLetter(message, event, { eventId: event.eventId, eventType: event.type, key: event.key }, { reason: 'deferred', error: why, attempts });
  await recordDeadLetter(sql, consumer, letter);
  await markInboxDeadLettered(sql, consumer, event.eventId);
};

export interface ReadmitDeferredOptions<Tx> {
  /** The context of the handler that brought the news. */
  readonly context: HandlerContext<Tx>;
  /** The consumer's name (its `name`, or its group id). */
  readonly consumer: string;
  readonly key: string;
  /** The consumer's handler, which judges each deferred event again. */
  readonly handler: IntegrationEventHandler<Tx>;
  readonly contracts?: ContractRegistry;
}

export interface ReadmitDeferredOutcome {
  readonly applied: number;
  /** Still not judgeable: they stay deferred. */
  readonly stillDeferred: number;
  /** The first one refused for good: now its key's dead letter, the deferred ones after it held behind it. */
  readonly refused?: { readonly sequence: number; readonly eventId: string | undefined; readonly error: string };
}

/**
 * Judges a key's deferred messages again, oldest first, in the caller's transaction: the one that
 * brought what they waited for, so that they commit with it. Each runs under a savepoint. One still
 * not judgeable stays deferred; one refused for good becomes the head of its key's dead letters and
 * holds the deferred ones after it; any other failure is thrown, so the caller's message is retried
 * with them. Rows are locked: an expiry running at the same moment skips them.
 */
export const readmitDeferredLetters = async <Tx>(options: ReadmitDeferredOptions<Tx>): Promise<ReadmitDeferredOutcome> => {
  const { consumer } = options;
  const { sql } = options.context;
  const rows = await sql<DeadLetterRow>(
    `SELECT ${DEAD_LETTER_COLUMNS} FROM ${DEAD_LETTERS_TABLE}
      WHERE consumer = $1 AND key = $2 AND reason = 'deferred' ORDER BY sequence FOR UPDATE`,
    [consumer, options.key],
  );
  let applied = 0;
  let stillDeferred = 0;
  for (const letter of rows.map(toDeadLetter)) {
    await sql('SAVEPOINT readmit_deferred');
    try {
      const outcome = await readmitOne(letter, options);
      await sql('RELEASE SAVEPOINT readmit_deferred');
      if (outcome === 'deferred') stillDeferred += 1;
      if (outcome === 'applied') applied += 1;
    } catch (error) {
      await sql('ROLLBACK TO SAVEPOINT readmit_deferred');
      const permanent = permanentFailureOf(error);
      if (permanent === undefined) throw error;
      const text = postgresSafeText(errorText(error), MAX_DEAD_LETTER_ERROR_LENGTH);
      await refuse(sql, consumer, letter, permanent.reason, text);
      if (permanent.reason !== 'untrusted-source') options.context.keyHeldFromNowOn?.(options.key, letter.sequence);
      return { applied, stillDeferred, refused: { sequence: letter.sequence, eventId: letter.eventId, error: text } };
    }
  }
  return { applied, stillDeferred };
};

const readmitOne = async <Tx>(letter: DeadLetter, options: ReadmitDeferredOptions<Tx>): Promise<'applied' | 'duplicate' | 'deferred'> => {
  const { consumer } = options;
  const { sql, tx } = options.context;
  const decoded = decodeMessage(kafkaMessageOf(letter), { topic: letter.topic, partition: letter.partition }, options.contracts ?? CONTRACTS);
  // It was decoded once, under the same contracts: only a code change can make this fail.
  if (!decoded.ok) throw new PermanentHandlerError(`deferred message no longer decodes: ${decoded.error}`);
  const { event } = decoded;
  const inbox = { consumer, eventId: event.eventId, eventType: event.type, topic: letter.topic, partition: letter.partition, offset: letter.offset, outcome: 'handled' as const, contentDigest: contentDigest(event) };
  let deferredAgain: string | undefined;
  const fresh = await recordInInbox(sql, inbox, { replay: true });
  if (fresh) {
    await options.handler(event, {
      tx,
      sql,
      causation: causationFromEvent(event),
      attempt: letter.attempts + 1,
      defer: async (why) => void (deferredAgain = why),
    });
  }
  if (deferredAgain !== undefined) {
    await recordReplayDeferral(sql, consumer, letter, deferredAgain);
    return 'deferred';
  }
  await sql(`DELETE FROM ${DEAD_LETTERS_TABLE} WHERE consumer = $1 AND sequence = $2`, [consumer, letter.sequence]);
  return fresh ? 'applied' : 'duplicate';
};

/**
 * A readmitted message refused for good: its key's head from now on, as a replay's failure makes it
 * (recordReplayFailure), with the deferred ones after it held behind it.
 */
const refuse = async (sql: SqlExecutor, consumer: string, letter: DeadLetter, reason: DeadLetterReason, error: string): Promise<void> => {
  await recordReplayFailure(sql, consumer, letter, { reason, error });
  if (reason === 'untrusted-source') return;
  await sql(
    `UPDATE ${DEAD_LETTERS_TABLE} SET reason = 'held-behind', held_behind = $2, error = $4
      WHERE consumer = $1 AND key = $3 AND sequence > $2 AND reason = 'deferred'`,
    [consumer, letter.sequence, letter.key ?? null, heldBehindDeadLetterText(letter.sequence)],
  );
};

/**
 * Deferred messages older than `before` whose key holds no dead letter an operator must replay
 * first (a replay may still bring what they wait for), locked for the caller's transaction.
 */
export const expirableDeferredLetters = async (sql: SqlExecutor, consumer: string, before: Date, limit: number): Promise<DeadLetter[]> => {
  const rows = await sql<DeadLetterRow>(
    `SELECT ${DEAD_LETTER_COLUMNS} FROM ${DEAD_LETTERS_TABLE} AS deferred
      WHERE consumer = $1 AND reason = 'deferred' AND dead_lettered_at < $2
        AND NOT EXISTS (SELECT 1 FROM ${DEAD_LETTERS_TABLE} AS sequenced
                         WHERE sequenced.consumer = deferred.consumer AND sequenced.key = deferred.key AND sequenced.${SEQUENCED})
      ORDER BY sequence LIMIT $3 FOR UPDATE SKIP LOCKED`,
    [consumer, before, limit],
  );
  return rows.map(toDeadLetter);
};

export const recordExpiry = async (sql: SqlExecutor, consumer: string, letter: DeadLetter, reason: DeadLetterReason, error: string): Promise<void> => {
  // Pending for the dead-letter topic: the consumer publishes it once this commits (dead-letter-outbox.ts).
  await sql(
    `UPDATE ${DEAD_LETTERS_TABLE} SET reason = $3, error = $4, last_failed_at = now(), dlq_pending = true WHERE consumer = $1 AND sequence = $2`,
    [consumer, letter.sequence, reason, postgresSafeText(error, MAX_DEAD_LETTER_ERROR_LENGTH)],
  );
};
