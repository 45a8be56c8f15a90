import { waitFor } from '@titrepro/testing';
import type { Admin, Kafka, KafkaMessage } from 'kafkajs';
import { randomUUID } from 'node:crypto';

/** Per partition, the offset the next message will take (the high-water mark). */
export const endOffsets = async (admin: Admin, topic: string): Promise<Map<number, number>> =>
  new Map((await admin.fetchTopicOffsets(topic)).map((partition) => [partition.partition, Number(partition.high)]));

/** Per partition, the offset a group committed (0 when none). */
export const committedOffsets = async (admin: Admin, group: string, topic: string): Promise<Map<number, number>> => {
  const [offsets] = await admin.fetchOffsets({ groupId: group, topics: [topic] });
  return new Map((offsets?.partitions ?? []).map((partition) => [partition.partition, Math.max(0, Number(partition.offset))]));
};

/** The partitions where a group's committed offset is short of the end: `topic/partition committed/end`. */
export const lagging = async (
  admin: Admin,
  subscriptions: readonly { readonly group: string; readonly topics: readonly string[] }[],
  describe: (topic: string, partition: number, offset: number) => string = () => '',
): Promise<string[]> => {
  const behind: string[] = [];
  for (const { group, topics } of subscriptions) {
    for (const topic of topics) {
      const [ends, committed] = await Promise.all([endOffsets(admin, topic), committedOffsets(admin, group, topic)]);
      for (const [partition, end] of ends) {
        const at = committed.get(partition) ?? 0;
        if (at < end) behind.push(`${group} on ${topic}/${partition}: committed ${at} of ${end}${describe(topic, partition, at)}`);
      }
    }
  }
  return behind;
};

/** Waits until every group has committed every partition of its topics to the end. */
export const untilConsumed = async (
  admin: Admin,
  subscriptions: readonly { readonly group: string; readonly topics: readonly string[] }[],
  timeoutMs: number,
  describe?: (topic: string, partition: number, offset: number) => string,
): Promise<void> => {
  try {
    await waitFor('every consumer group to commit to the end of its topics', async () => (await lagging(admin, subscriptions)).length === 0, timeoutMs, 250);
  } catch (error) {
    throw new Error(`${(error as Error).message}; still behind:\n- ${(await lagging(admin, subscriptions, describe)).join('\n- ')}`);
  }
};

/** Every message of the topics, as of now, with its topic and partition: one reader (one group join) for all. */
export const readWholeTopics = async (kafka: Kafka, admin: Admin, topics: readonly string[]): Promise<(KafkaMessage & { readonly topic: string; readonly partition: number })[]> => {
  const ends = new Map<string, Map<number, number>>();
  for (const topic of topics) ends.set(topic, await endOffsets(admin, topic));
  const expected = [...ends.values()].flatMap((partitions) => [...partitions.values()]).reduce((sum, end) => sum + end, 0);
  if (expected === 0) return [];
  const messages: (KafkaMessage & { topic: string; partition: number })[] = [];
  const consumer = kafka.consumer({ groupId: `fuzz-reader-${randomUUID()}`, maxWaitTimeInMs: 200 });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [...topics], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ topic, partition, message }) => void (Number(message.offset) < (ends.get(topic)?.get(partition) ?? 0) && messages.push({ ...message, topic, partition })),
    });
    await waitFor(`all ${expected} messages of ${topics.join(', ')} read`, async () => messages.length >= expected, 60_000, 100);
  } finally {
    await consumer.disconnect();
  }
  return messages;
};
