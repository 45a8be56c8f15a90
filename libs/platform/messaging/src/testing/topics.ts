import { createTopicsWithLeaders } from '../kafka/create-topics';
import type { Kafka } from 'kafkajs';

/** Creates test topics with several partitions, so per-candidate order is tested across partitions. */
export const createTopics = async (kafka: Kafka, topics: readonly string[], numPartitions = 4): Promise<void> => {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await createTopicsWithLeaders(admin, topics.map((topic) => ({ topic, numPartitions })));
  } finally {
    await admin.disconnect();
  }
};

export const deleteTopics = async (kafka: Kafka, topics: readonly string[]): Promise<void> => {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const present = topics.filter((topic) => existing.has(topic));
    if (present.length > 0) await admin.deleteTopics({ topics: present });
  } finally {
    await admin.disconnect();
  }
};
