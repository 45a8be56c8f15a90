import type { DeadLetterReason } from '@titrepro/contracts';
import type { KafkaMessage } from 'kafkajs';
import { newDeadLetter, UNSEQUENCED_REASONS } from './dead-letter';
import { lockKeys, recordDeadLetter } from './dead-letters';
import { recordInInbox } from './inbox';
import type { SqlExecutor } from './unit-of-work';

/** Why a consumer refuses a message, and what it claimed to be. */
export interface Refusal {
  readonly reason: DeadLetterReason;
  readonly error: string;
  readonly attempts: number;
  readonly eventId: string | undefined;
  readonly eventType: string | undefined;
  /** A decoded event's key; undefined for an undecodable message (its key is recorded, not trusted). */
  readonly key: string | undefined;
  /**
   * A decoded event's id goes in the inbox (`dead-lettered`) with the digest of its content, so that
   * a redelivery is not applied; undefined when nothing is recorded there (an undecodable message,
   * or a conflicting redelivery: the id's entry is what was applied, and stays).
   */
  readonly inbox: { readonly contentDigest: Buffer } | undefined;
}

/**
 * Records a refused message in the consumer's dead letters, pending for `<topic>.dlq` (the table is
 * the topic's outbox: dead-letter-outbox.ts). A sequenced one heads its key's sequence, under the
 * key's lock; a redelivery of a message already recorded changes nothing.
 */
export const recordRefusal = async (
  sql: SqlExecutor,
  consumer: string,
  message: KafkaMessage,
  where: { readonly topic: string; readonly partition: number },
  refusal: Refusal,
): Promise<void> => {
  const { reason, error, attempts, eventId, eventType } = refusal;
  const letter = newDeadLetter(message, where, { eventId, eventType, key: refusal.key }, { reason, error, attempts });
  if (!UNSEQUENCED_REASONS.includes(reason) && letter.key !== undefined) await lockKeys(sql, consumer, [letter.key]);
  await recordDeadLetter(sql, consumer, letter, undefined, { dlqPending: true });
  if (refusal.inbox && eventId) {
    const entry = { consumer, eventId, eventType, topic: where.topic, partition: where.partition, offset: message.offset, outcome: 'dead-lettered' as const };
    await recordInInbox(sql, { ...entry, contentDigest: refusal.inbox.contentDigest });
  }
};
