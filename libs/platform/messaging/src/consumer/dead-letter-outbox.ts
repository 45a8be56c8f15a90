import { deadLetterTopicFor, type DeadLetterReason } from '@titrepro/contracts';
import type { KafkaMessage, Message, Producer } from 'kafkajs';
import { ACKS_ALL } from '../kafka/idempotent-producer';
import { DEAD_LETTERS_TABLE } from '../schema/messaging-tables';
import { kafkaMessageOf, type DeadLetter } from './dead-letter';
import { deadLetterMessage } from './dead-letter-message';
import { DEAD_LETTER_COLUMNS, toDeadLetter, type DeadLetterRow } from './dead-letters';
import type { UnitOfWork } from './unit-of-work';

/** Header saying the value was left out of the dead-letter topic's copy (too large); the table has it. */
export const DLQ_VALUE_OMITTED_HEADER = 'dlq-value-omitted';

export interface PublishPendingOptions {
  readonly unitOfWork: UnitOfWork<unknown>;
  /** The consumer's name, as its dead letters are recorded under. */
  readonly consumer: string;
  readonly producer: Producer;
  /** Only this Kafka message's letter (the one just recorded); otherwise every pending one, oldest first. */
  readonly only?: { readonly topic: string; readonly partition: number; readonly offset: string };
  /** The message as it came, when in hand: its headers go to the topic unchanged (the table has them as safe text). */
  readonly original?: KafkaMessage;
  readonly limit?: number;
  readonly onPublished?: (letter: DeadLetter) => void;
}

/**
 * The dead letters table is the outbox of the `<topic>.dlq` topics: a refused message is recorded
 * first (`dlq_pending`), then published here and marked, under the row's lock (two replicas never
 * send the same row). A redelivery, a restart or another replica finds it recorded: published
 * already, it is not sent again; still pending (a crash between the two), it is sent now.
 *
 * A crash after Kafka's acknowledgement and before the mark's commit sends the letter again: the
 * topic is at least once. Every copy carries the letter's `dead-letter-id` header, so a reader
 * drops the repeat. A transactional producer would not close that window: Kafka's transaction and
 * PostgreSQL's commit are still two commits, one of which can be lost to a crash after the other.
 * Returns how many were sent.
 */
export const publishPendingDeadLetters = async (options: PublishPendingOptions): Promise<number> =>
  options.unitOfWork.transaction(async (_tx, sql) => {
    const only = options.only;
    const rows = await sql<DeadLetterRow>(
      `SELECT ${DEAD_LETTER_COLUMNS} FROM ${DEAD_LETTERS_TABLE}
        WHERE consumer = $1 AND dlq_pending AND (NOT $2 OR (topic = $3 AND partition = $4 AND "offset" = $5))
        ORDER BY sequence LIMIT $6 FOR UPDATE SKIP LOCKED`,
      [options.consumer, only !== undefined, only?.topic ?? '', only?.partition ?? 0, only?.offset ?? '0', options.limit ?? 100],
    );
    const letters = rows.map(toDeadLetter);
    for (const letter of letters) {
      const original = options.original && only ? options.original : kafkaMessageOf(letter);
      await sendDeadLetter(options.producer, letter, original, options.consumer);
      await sql(`UPDATE ${DEAD_LETTERS_TABLE} SET dlq_pending = false WHERE consumer = $1 AND sequence = $2`, [options.consumer, letter.sequence]);
      options.onPublished?.(letter);
    }
    return letters.length;
  });

const sendDeadLetter = async (producer: Producer, letter: DeadLetter, original: KafkaMessage, consumer: string): Promise<void> => {
  const failure = {
    deadLetterId: letter.id,
    reason: letter.reason as DeadLetterReason,
    error: letter.error,
    topic: letter.topic,
    partition: letter.partition,
    group: consumer,
    attempts: letter.attempts,
    failedAt: letter.lastFailedAt,
  };
  const send = (message: Message) => producer.send({ topic: deadLetterTopicFor(letter.topic), acks: ACKS_ALL, messages: [message] });
  try {
    await send(deadLetterMessage(original, failure));
  } catch (error) {
    if (!isTooLarge(error)) throw error;
    // The original fitted the broker, our headers made it too large: the topic gets the record
    // without its value (the table keeps it), rather than never getting it.
    const lean = deadLetterMessage({ ...kafkaMessageOf(letter), value: null }, failure);
    await send({ ...lean, headers: { ...lean.headers, [DLQ_VALUE_OMITTED_HEADER]: 'too large; kept in messaging.dead_letters' } });
  }
};

/** kafkajs' MESSAGE_TOO_LARGE / RECORD_LIST_TOO_LARGE, possibly wrapped in a non-retriable error. */
const isTooLarge = (error: unknown): boolean => {
  const described = (value: unknown) => `${(value as { type?: unknown } | null)?.type ?? ''} ${(value as Error | null)?.message ?? ''}`;
  const inner = (error as { originalError?: unknown; cause?: unknown } | null)?.originalError ?? (error as { cause?: unknown } | null)?.cause;
  return /MESSAGE_TOO_LARGE|RECORD_LIST_TOO_LARGE|larger than the max message size|too large/i.test(`${described(error)} ${described(inner)}`);
};
