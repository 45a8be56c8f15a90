import { deadLetterTopicFor } from '@titrepro/contracts';
import type { Kafka } from 'kafkajs';
import { createTopicsWithLeaders } from '../kafka/create-topics';

/** Creates the missing `<topic>.dlq` topics (one partition: they are read by people and tools, not in parallel). */
export const createDeadLetterTopics = async (kafka: Kafka, topics: readonly string[]): Promise<void> => {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.map(deadLetterTopicFor).filter((topic) => !existing.has(topic));
    if (missing.length > 0) {
      // Another replica may create them meanwhile: createTopicsWithLeaders accepts that.
      await createTopicsWithLeaders(admin, missing.map((topic) => ({ topic, numPartitions: 1 })));
    }
  } finally {
    await admin.disconnect();
  }
};
