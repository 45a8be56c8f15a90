import { integrationTopicsUnder } from '@titrepro/contracts';
import type { Admin, ITopicConfig } from 'kafkajs';

const LEADER_WAIT_MS = 30_000;

/**
 * Creates topics and returns once every partition has a leader.
 *
 * kafkajs's own `waitForLeaders` retries only LEADER_NOT_AVAILABLE, but a KRaft broker may first
 * answer UNKNOWN_TOPIC_OR_PARTITION for a topic it has just created; a client that then produces
 * or subscribes fails. Topics another replica created meanwhile are fine.
 */
export const createTopicsWithLeaders = async (admin: Admin, topics: readonly ITopicConfig[]): Promise<void> => {
  await admin.createTopics({ waitForLeaders: false, topics: [...topics] }).catch((error: unknown) => {
    if (!/already exists/i.test(error instanceof Error ? error.message : String(error))) throw error;
  });
  await untilLeadersElected(admin, topics.map((topic) => topic.topic));
};

const untilLeadersElected = async (admin: Admin, topics: readonly string[]): Promise<void> => {
  const deadline = Date.now() + LEADER_WAIT_MS;
  for (;;) {
    try {
      const { topics: described } = await admin.fetchTopicMetadata({ topics: [...topics] });
      if (described.every((topic) => topic.partitions.length > 0 && topic.partitions.every((partition) => partition.leader >= 0))) return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) throw new Error(`no leader elected for every partition of ${topics.join(', ')} within ${LEADER_WAIT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

/** Every integration topic and its dead-letter twin under `prefix`, three partitions each, created before a service subscribes (its producers and consumers never auto-create topics). */
export const createIntegrationTopics = (admin: Admin, prefix: string): Promise<void> =>
  createTopicsWithLeaders(admin, integrationTopicsUnder(prefix).map((topic) => ({ topic, numPartitions: 3 })));
