import { DEAD_LETTER_HEADERS } from '@titrepro/contracts';
import { countConsumerLetters, DEAD_LETTERS_TABLE, INBOX_TABLE } from '@titrepro/messaging';
import type { Findings } from './drift';
import { sample } from './sample';
import type { ConsumerParts, ServiceParts } from './service-parts';
import type { TopicContents } from './topic-contents';

const at = (topic: string, partition: number, offset: string) => `${topic}/${partition}@${offset}`;

/** The consumer group's committed offsets against the topics' ends: nothing left to read. */
const checkOffsets = async (parts: ServiceParts, consumer: ConsumerParts, topics: TopicContents, findings: Findings): Promise<void> => {
  const admin = parts.kafka.admin();
  await admin.connect();
  try {
    const present = consumer.topics.filter((topic) => topics.ends.has(topic));
    const committed = await admin.fetchOffsets({ groupId: consumer.groupId, topics: present });
    for (const { topic, partitions } of committed) {
      for (const { partition, offset } of partitions) {
        const end = BigInt(topics.ends.get(topic)?.get(partition) ?? '0');
        const at = BigInt(offset) < 0n ? 0n : BigInt(offset);
        if (at < end) findings.add('consumer', consumer.inbox, `committed offset ${at} of ${topic}/${partition} is behind its end ${end} (lag ${end - at})`);
      }
    }
  } finally {
    await admin.disconnect();
  }
};

/**
 * Every message on the consumer's topics is accounted for: its event id in the inbox (handled,
 * dead-lettered, ignored) or the message itself among the dead letters (undecodable bytes carry no
 * trustworthy id).
 */
const checkInbox = async (parts: ServiceParts, consumer: ConsumerParts, topics: TopicContents, findings: Findings): Promise<void> => {
  const pool = parts.store.pool;
  const inbox = new Set((await pool.query<{ event_id: string }>(`SELECT event_id FROM ${INBOX_TABLE} WHERE consumer = $1`, [consumer.inbox])).rows.map((row) => row.event_id));
  const letters = (
    await pool.query<{ topic: string; partition: number; offset: string; reason: string }>(`SELECT topic, partition, "offset", reason FROM ${DEAD_LETTERS_TABLE} WHERE consumer = $1`, [consumer.inbox])
  ).rows;
  const lettered = new Set(letters.map((letter) => at(letter.topic, letter.partition, String(letter.offset))));
  const missing: string[] = [];
  let read = 0;
  for (const topic of consumer.topics) {
    for (const message of topics.messages.get(topic) ?? []) {
      read += 1;
      if ((message.eventId !== undefined && inbox.has(message.eventId)) || lettered.has(at(message.topic, message.partition, message.offset))) continue;
      missing.push(message.eventId ?? at(message.topic, message.partition, message.offset));
    }
  }
  if (missing.length > 0) findings.add('consumer', consumer.inbox, `${missing.length} of ${read} message(s) on its topics are neither in its inbox nor among its dead letters: ${sample(missing)}`);
  // Failed messages and those held behind them: a key's events stopped there until an operator acts.
  const { deadLetters } = await countConsumerLetters(pool, consumer.inbox);
  if (deadLetters > 0) findings.add('consumer', consumer.inbox, `${deadLetters} dead letter(s) wait for an operator, holding their candidates' later messages (GET /operations/consumers/${consumer.name}/dead-letters)`);
  const reasons = new Map<string, number>();
  for (const letter of letters) reasons.set(letter.reason, (reasons.get(letter.reason) ?? 0) + 1);
  findings.note('consumer', `${consumer.inbox}: ${read} message(s), ${inbox.size} in the inbox, ${letters.length} dead letter(s)${letters.length > 0 ? ` (${[...reasons].map(([reason, count]) => `${reason} ${count}`).join(', ')})` : ''}`);
};

/** The dead-letter topics hold each refused message of this consumer once. */
const checkDeadLetterTopics = (consumer: ConsumerParts, topics: TopicContents, findings: Findings): void => {
  const copies = new Map<string, number>();
  for (const [topic, messages] of topics.messages) {
    if (!topic.endsWith('.dlq')) continue;
    for (const message of messages) {
      if (message.headers[DEAD_LETTER_HEADERS.consumerGroup] !== consumer.inbox) continue;
      const original = at(
        message.headers[DEAD_LETTER_HEADERS.originalTopic] ?? '?',
        Number(message.headers[DEAD_LETTER_HEADERS.originalPartition]),
        message.headers[DEAD_LETTER_HEADERS.originalOffset] ?? '?',
      );
      copies.set(original, (copies.get(original) ?? 0) + 1);
    }
  }
  const repeated = [...copies].filter(([, count]) => count > 1).map(([original, count]) => `${original} ×${count}`);
  if (repeated.length > 0) findings.add('dead-letter-topic', consumer.inbox, `${repeated.length} message(s) sent to the DLQ more than once: ${sample(repeated)}`);
};

export const checkConsumers = async (parts: ServiceParts, topics: TopicContents, findings: Findings): Promise<void> => {
  for (const consumer of parts.consumers) {
    await checkOffsets(parts, consumer, topics, findings);
    await checkInbox(parts, consumer, topics, findings);
    checkDeadLetterTopics(consumer, topics, findings);
  }
};
