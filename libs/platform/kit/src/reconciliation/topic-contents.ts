import { EVENT_HEADERS } from '@titrepro/contracts';
import { headerText } from '@titrepro/messaging';
import type { Kafka, KafkaMessage } from 'kafkajs';
import { randomUUID } from 'node:crypto';

/** A message as reconciliation reads it: where it is, its key and headers, its value's size. */
export interface TopicMessage {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: string | undefined;
  readonly eventId: string | undefined;
  readonly eventType: string | undefined;
  readonly source: string | undefined;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly value: Buffer | null;
}

/** Each partition's end (high-water mark) when the read began. */
export type TopicEnds = ReadonlyMap<string, ReadonlyMap<number, string>>;

export interface TopicContents {
  readonly ends: TopicEnds;
  /** Every message up to the ends, per topic, in partition then offset order. */
  readonly messages: ReadonlyMap<string, readonly TopicMessage[]>;
}

const headersOf = (message: KafkaMessage): Record<string, string | undefined> => {
  const headers = message.headers ?? {};
  return Object.fromEntries(Object.keys(headers).map((name) => [name, headerText(headers, name)]));
};

const toTopicMessage = (topic: string, partition: number, message: KafkaMessage): TopicMessage => {
  const headers = headersOf(message);
  return {
    topic,
    partition,
    offset: message.offset,
    key: message.key === null ? undefined : message.key.toString('utf8'),
    eventId: headers[EVENT_HEADERS.eventId],
    eventType: headers[EVENT_HEADERS.eventType],
    source: headers[EVENT_HEADERS.source],
    headers,
    value: message.value,
  };
};

/**
 * Reads every message of `topics` from the beginning to the ends they had when the read began, with
 * a consumer group of its own that commits nothing (nobody's offsets move). Topics that do not
 * exist read as empty.
 */
export const readTopics = async (kafka: Kafka, topics: readonly string[], timeoutMs = 120_000): Promise<TopicContents> => {
  const admin = kafka.admin();
  await admin.connect();
  const ends = new Map<string, Map<number, string>>();
  try {
    const existing = new Set(await admin.listTopics());
    for (const topic of topics.filter((name) => existing.has(name))) {
      ends.set(topic, new Map((await admin.fetchTopicOffsets(topic)).map((partition) => [partition.partition, partition.high])));
    }
  } finally {
    await admin.disconnect();
  }
  const messages = new Map<string, TopicMessage[]>(topics.map((topic) => [topic, []]));
  const remaining = new Set<string>();
  for (const [topic, partitions] of ends) for (const [partition, high] of partitions) if (BigInt(high) > 0n) remaining.add(`${topic}/${partition}`);
  if (remaining.size === 0) return { ends, messages };
  const consumer = kafka.consumer({ groupId: `titrepro-reconciliation-${randomUUID()}`, maxWaitTimeInMs: 200, allowAutoTopicCreation: false });
  await consumer.connect();
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`reading ${[...remaining].join(', ')} to their end took more than ${timeoutMs} ms`)), timeoutMs);
      const reached = (topic: string, partition: number, offset: string) => {
        const high = ends.get(topic)?.get(partition);
        if (high !== undefined && BigInt(offset) + 1n >= BigInt(high)) remaining.delete(`${topic}/${partition}`);
        if (remaining.size === 0) {
          clearTimeout(timer);
          resolve();
        }
      };
      void consumer
        .subscribe({ topics: [...ends.keys()], fromBeginning: true })
        .then(() =>
          consumer.run({
            autoCommit: false,
            eachBatch: async ({ batch }) => {
              const high = ends.get(batch.topic)?.get(batch.partition);
              for (const message of batch.messages) {
                if (high !== undefined && BigInt(message.offset) >= BigInt(high)) break;
                messages.get(batch.topic)?.push(toTopicMessage(batch.topic, batch.partition, message));
                reached(batch.topic, batch.partition, message.offset);
              }
            },
          }),
        )
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  for (const list of messages.values()) list.sort((a, b) => a.partition - b.partition || Number(BigInt(a.offset) - BigInt(b.offset)));
  return { ends, messages };
};
