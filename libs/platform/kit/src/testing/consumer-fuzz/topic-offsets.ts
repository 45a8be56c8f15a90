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

/** Every message of a topic, as of now, with its partition. */
export const readWholeTopic = async (kafka: Kafka, admin: Admin, topic: string): Promise<(KafkaMessage & { readonly partition: number })[]> => {
  const ends = await endOffsets(admin, topic);
  const expected = [...ends.values()].reduce((sum, end) => sum + end, 0);
  if (expected === 0) return [];
  const messages: (KafkaMessage & { partition: number })[] = [];
  const consumer = kafka.consumer({ groupId: `fuzz-reader-${randomUUID()}`, maxWaitTimeInMs: 200 });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ partition, message }) => void (Number(message.offset) < (ends.get(partition) ?? 0) && messages.push({ ...message, partition })) });
    await waitFor(`all ${expected} messages of ${topic} read`, async () => messages.length >= expected, 60_000, 100);
  } finally {
    await consumer.disconnect();
  }
  return messages;
};
