import type { KafkaMessage } from 'kafkajs';
import type { ConsumedEvent } from './consumed-event';
import { heldBehindDeadLetterText, newDeadLetter } from './dead-letter';
import { heldKeys, lockKeys, recordDeadLetter } from './dead-letters';
import { ConflictingRedeliveryError } from './conflicting-redelivery';
import { contentDigest } from './content-digest';
import { isHandled, judgeRedelivery } from './inbox';
import type { SqlExecutor } from './unit-of-work';

/** A decoded message and the Kafka message it came from (kept whole, should it be held). */
export interface ReceivedMessage {
  readonly message: KafkaMessage;
  readonly event: ConsumedEvent;
}

/**
 * The keys among the messages' that have dead letters, with each one's head. One query when none is
 * held, the usual case. When some are, their locks are taken and they are looked at again: the
 * second look sees a replay that finished meanwhile, and no replay can finish until this
 * transaction ends, so a message is never held behind a sequence a replay has just emptied.
 *
 * Keys not held are not locked: a dead letter of the same key recorded at the same moment from
 * another topic (another partition, maybe another replica) has no order relative to these messages
 * anyway. Within a partition, a message is dead-lettered before the next one is looked at.
 * Assumes READ COMMITTED (PostgreSQL's default): each statement sees what committed before it.
 */
export const keysHeldBehindDeadLetters = async (sql: SqlExecutor, consumer: string, received: readonly ReceivedMessage[]): Promise<Map<string, number>> => {
  const keys = received.map(({ event }) => event.key).filter((key): key is string => key !== undefined);
  const seen = await heldKeys(sql, consumer, keys);
  if (seen.size === 0) return seen;
  await lockKeys(sql, consumer, [...seen.keys()]);
  return heldKeys(sql, consumer, [...seen.keys()]);
};

/**
 * Records a message of a held key behind the key's head instead of applying it; `duplicate` when
 * the consumer applied that event already (a redelivery from before the dead letter). Throws
 * ConflictingRedeliveryError when it applied that id with other content.
 */
export const holdBehind = async (sql: SqlExecutor, consumer: string, { message, event }: ReceivedMessage, head: number): Promise<'held' | 'duplicate'> => {
  if (await isHandled(sql, consumer, event.eventId)) {
    if ((await judgeRedelivery(sql, consumer, event.eventId, contentDigest(event))) === 'conflict') throw new ConflictingRedeliveryError(event.eventId);
    return 'duplicate';
  }
  const letter = newDeadLetter(message, event, { eventId: event.eventId, eventType: event.type, key: event.key }, {
    reason: 'held-behind',
    error: heldBehindDeadLetterText(head),
    attempts: 0,
  });
  await recordDeadLetter(sql, consumer, letter, head);
  return 'held';
};
