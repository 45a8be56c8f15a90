import { deadLetterTopicFor } from '@titrepro/contracts';
import type { Kafka } from 'kafkajs';
import { errorText } from '../messaging-logger';

/** Creates the missing `<topic>.dlq` topics (one partition: they are read by people and tools, not in parallel). */
export const createDeadLetterTopics = async (kafka: Kafka, topics: readonly string[]): Promise<void> => {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.map(deadLetterTopicFor).filter((topic) => !existing.has(topic));
    if (missing.length > 0) {
      await admin
        .createTopics({ waitForLeaders: true, topics: missing.map((topic) => ({ topic, numPartitions: 1 })) })
        .catch((error: unknown) => {
          // Another replica may have created them meanwhile.
          if (!/already exists/i.test(errorText(error))) throw error;
        });
    }
  } finally {
    await admin.disconnect();
  }
};
