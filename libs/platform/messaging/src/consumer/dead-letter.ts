import type { DeadLetterReason } from '@titrepro/contracts';
import type { IHeaders, KafkaMessage } from 'kafkajs';
import { headerText } from '../kafka/kafka-headers';

/**
 * Why a message is in a consumer's dead letters: it failed (a {@link DeadLetterReason}, and it went
 * to `<topic>.dlq` too), it is `held-behind` an earlier dead letter of its key, it is `deferred`
 * until what it depends on arrives (see HandlerContext.defer), or an operator `discarded` it.
 */
export type DeadLetterRecordReason = DeadLetterReason | 'held-behind' | 'deferred' | 'discarded';

/**
 * Reasons whose letters hold nothing behind them and are never replayed: rejected (a forgery),
 * waiting for their own readmission, or discarded by an operator (kept as the record of it).
 */
export const UNSEQUENCED_REASONS: readonly DeadLetterRecordReason[] = ['untrusted-source', 'deferred', 'discarded'];

/** A message to record in the dead letters, as it came from Kafka. */
export interface NewDeadLetter {
  /** The Kafka key (the candidate id); messages without one are recorded but hold nothing back. */
  readonly key: string | undefined;
  readonly eventId: string | undefined;
  readonly eventType: string | undefined;
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly value: Buffer | null;
  readonly reason: DeadLetterRecordReason;
  readonly error: string;
  /** Handler runs so far (0 when the message was never handled). */
  readonly attempts: number;
}

/** A recorded dead letter: its place in its key's sequence, and, when held, the head it waits behind. */
export interface DeadLetter extends NewDeadLetter {
  readonly consumer: string;
  readonly sequence: number;
  /** For `held-behind`: the sequence of the dead letter it waits behind. */
  readonly heldBehind: number | undefined;
  readonly deadLetteredAt: Date;
  readonly lastFailedAt: Date;
}

/** Error texts are bounded, as in the dead-letter topic's headers. */
export const MAX_DEAD_LETTER_ERROR_LENGTH = 2_000;

/** Header values as text (the integration headers are text; a repeated header keeps its first value). */
export const headersAsText = (headers: IHeaders | undefined): Record<string, string> =>
  Object.fromEntries(
    Object.keys(headers ?? {})
      .map((name) => [name, headerText(headers, name)] as const)
      .filter((entry): entry is readonly [string, string] => entry[1] !== undefined),
  );

/** What to record for a Kafka message. */
export const newDeadLetter = (
  message: KafkaMessage,
  where: { readonly topic: string; readonly partition: number },
  event: { readonly eventId: string | undefined; readonly eventType: string | undefined },
  failure: { readonly reason: DeadLetterRecordReason; readonly error: string; readonly attempts: number },
): NewDeadLetter => ({
  key: message.key?.toString('utf8'),
  eventId: event.eventId,
  eventType: event.eventType,
  topic: where.topic,
  partition: where.partition,
  offset: message.offset,
  headers: headersAsText(message.headers),
  value: message.value,
  reason: failure.reason,
  error: failure.error.slice(0, MAX_DEAD_LETTER_ERROR_LENGTH),
  attempts: failure.attempts,
});

/** The Kafka message a dead letter was, to decode it again on replay. */
export const kafkaMessageOf = (letter: DeadLetter): KafkaMessage => ({
  key: letter.key === undefined ? null : Buffer.from(letter.key, 'utf8'),
  value: letter.value,
  headers: { ...letter.headers },
  offset: letter.offset,
  timestamp: letter.deadLetteredAt.getTime().toString(),
  attributes: 0,
});

export const heldBehindDeadLetterText = (sequence: number): string => `held behind dead letter ${sequence} of the same key`;
