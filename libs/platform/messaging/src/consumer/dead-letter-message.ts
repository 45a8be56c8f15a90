import { DEAD_LETTER_HEADERS, type DeadLetterReason } from '@titrepro/contracts';
import type { IHeaders, KafkaMessage, Message } from 'kafkajs';

export interface DeadLetterFailure {
  /** The dead letter's id: the same on every copy, for readers to dedup on (the DLQ is at least once). */
  readonly deadLetterId: string;
  readonly reason: DeadLetterReason;
  readonly error: string;
  readonly topic: string;
  readonly partition: number;
  readonly group: string;
  readonly attempts: number;
  readonly failedAt: Date;
}

/** Header values are bounded: a stack trace must not make the message too large for the broker. */
const maxErrorLength = 2_000;

/**
 * The original message, unchanged (key, value, headers), plus headers saying why and where it came
 * from, and which dead letter it is (`dead-letter-id`, replacing any header of that name it came with).
 */
export const deadLetterMessage = (original: KafkaMessage, failure: DeadLetterFailure): Message => ({
  key: original.key,
  value: original.value,
  headers: {
    ...(original.headers as IHeaders | undefined),
    [DEAD_LETTER_HEADERS.reason]: failure.reason,
    [DEAD_LETTER_HEADERS.error]: failure.error.slice(0, maxErrorLength),
    [DEAD_LETTER_HEADERS.originalTopic]: failure.topic,
    [DEAD_LETTER_HEADERS.originalPartition]: String(failure.partition),
    [DEAD_LETTER_HEADERS.originalOffset]: original.offset,
    [DEAD_LETTER_HEADERS.consumerGroup]: failure.group,
    [DEAD_LETTER_HEADERS.attempts]: String(failure.attempts),
    [DEAD_LETTER_HEADERS.failedAt]: failure.failedAt.toISOString(),
    [DEAD_LETTER_HEADERS.deadLetterId]: failure.deadLetterId,
  },
});
