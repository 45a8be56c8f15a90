import type { DeadLetterReason } from '@titrepro/contracts';
import type { IHeaders, KafkaMessage } from 'kafkajs';
import { postgresSafeText } from './safe-text';

/**
 * Why a message is in a consumer's dead letters: it failed (a {@link DeadLetterReason}, and it went
 * to `<topic>.dlq` too), it is `held-behind` an earlier dead letter of its key, it is `deferred`
 * until what it depends on arrives (see HandlerContext.defer), or an operator `discarded` it.
 */
export type DeadLetterRecordReason = DeadLetterReason | 'held-behind' | 'deferred' | 'discarded';

/**
 * Reasons of a message that could not even be read as an event (headers, value, contract, key):
 * **undecodable**. Nothing vouches for its key, so it holds nothing behind it and is never
 * replayed (replaying the same bytes decodes the same); it is kept for operators to see, and can
 * be discarded.
 */
export const UNDECODABLE_REASONS: readonly DeadLetterRecordReason[] = ['invalid-payload', 'unknown-contract'];

/**
 * Reasons whose letters hold nothing behind them and are never replayed: undecodable, rejected (a
 * forgery: an untrusted source, or an applied event id with other content), waiting for their own
 * readmission, or discarded by an operator (kept as the record of it).
 */
export const UNSEQUENCED_REASONS: readonly DeadLetterRecordReason[] = ['untrusted-source', 'conflicting-redelivery', 'deferred', 'discarded', ...UNDECODABLE_REASONS];

/** A message to record in the dead letters, as it came from Kafka. */
export interface NewDeadLetter {
  /** The Kafka key (the candidate id); messages without one are recorded but hold nothing back. */
  readonly key: string | undefined;
  /** The key's bytes as they came (a key that is not text, or not trusted, is kept here whole). */
  readonly rawKey?: Buffer | null;
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
  /** Unique across consumers and databases: the `dead-letter-id` header of its copies on `<topic>.dlq`. */
  readonly id: string;
  readonly sequence: number;
  /** For `held-behind`: the sequence of the dead letter it waits behind. */
  readonly heldBehind: number | undefined;
  readonly deadLetteredAt: Date;
  readonly lastFailedAt: Date;
}

/** Error texts are bounded, as in the dead-letter topic's headers. */
export const MAX_DEAD_LETTER_ERROR_LENGTH = 2_000;

/** Bounds of the headers recorded with a dead letter (the DLQ topic gets them whole). */
export const RECORDED_HEADERS = Object.freeze({ count: 64, nameLength: 256, valueLength: 1_000 });

/**
 * Header values as text PostgreSQL stores (jsonb): a repeated header keeps its first value, binary
 * bytes and NULs become U+FFFD, names and values are cut, at most RECORDED_HEADERS.count of them.
 */
export const headersAsText = (headers: IHeaders | undefined): Record<string, string> => {
  const recorded: Record<string, string> = {};
  for (const name of Object.keys(headers ?? {}).slice(0, RECORDED_HEADERS.count)) {
    const raw = headers?.[name];
    const single = Array.isArray(raw) ? raw[0] : raw;
    if (single === undefined || single === null) continue;
    recorded[postgresSafeText(name, RECORDED_HEADERS.nameLength)] = postgresSafeText(Buffer.isBuffer(single) ? single : String(single), RECORDED_HEADERS.valueLength);
  }
  return recorded;
};

/** What to record for a Kafka message. */
export const newDeadLetter = (
  message: KafkaMessage,
  where: { readonly topic: string; readonly partition: number },
  event: { readonly eventId: string | undefined; readonly eventType: string | undefined; readonly key?: string | undefined },
  failure: { readonly reason: DeadLetterRecordReason; readonly error: string; readonly attempts: number },
): NewDeadLetter => ({
  // A decoded event's key; otherwise the key's text, made safe, for the record (it holds nothing).
  key: event.key ?? (message.key === null ? undefined : postgresSafeText(message.key, RECORDED_HEADERS.valueLength)),
  rawKey: message.key,
  eventId: event.eventId === undefined ? undefined : postgresSafeText(event.eventId, RECORDED_HEADERS.valueLength),
  eventType: event.eventType === undefined ? undefined : postgresSafeText(event.eventType, RECORDED_HEADERS.valueLength),
  topic: where.topic,
  partition: where.partition,
  offset: message.offset,
  headers: headersAsText(message.headers),
  value: message.value,
  reason: failure.reason,
  error: postgresSafeText(failure.error, MAX_DEAD_LETTER_ERROR_LENGTH),
  attempts: failure.attempts,
});

/** The Kafka message a dead letter was, to decode it again on replay. */
export const kafkaMessageOf = (letter: DeadLetter): KafkaMessage => ({
  key: letter.rawKey ?? (letter.key === undefined ? null : Buffer.from(letter.key, 'utf8')),
  value: letter.value,
  headers: { ...letter.headers },
  offset: letter.offset,
  timestamp: letter.deadLetteredAt.getTime().toString(),
  attributes: 0,
});

export const heldBehindDeadLetterText = (sequence: number): string => `held behind dead letter ${sequence} of the same key`;
