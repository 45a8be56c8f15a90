import { EVENT_HEADERS } from '@titrepro/contracts';
import { createTestDatabase, kafkaBrokers, uniqueName, waitFor, type TestDatabase } from '@titrepro/testing';
import { Pool, type PoolClient } from 'pg';
import { IntegrationEventConsumer } from './consumer/integration-event-consumer';
import { pgUnitOfWork } from './consumer/unit-of-work';
import { createKafka } from './kafka/create-kafka';
import { migrateMessagingTables } from './schema/messaging-tables';
import { createEffectsTable, recordEffect } from './testing/effects-table';
import { SEQUENCE_CONTRACTS } from './testing/sequence-contract';
import { createTopics, deleteTopics } from './testing/topics';

/**
 * A service may start before its topics exist (a fresh broker, auto-creation off, a topic created
 * meanwhile by another service): kafkajs then throws UNKNOWN_TOPIC_OR_PARTITION from
 * Cluster.addMultipleTargetTopics when the consumer subscribes. That used to reject start(), which
 * the service bootstrap turned into an unhandled rejection: the process exited (`npm run demo`).
 * A consumer must instead wait, say what it waits for, and consume once the topic appears.
 */
describe('a consumer whose topic does not exist yet (real PostgreSQL and Kafka)', () => {
  const kafka = createKafka({ brokers: kafkaBrokers(), clientId: 'missing-topic-int' });
  const topic = uniqueName('test_missing_topic');
  let database: TestDatabase;
  let pool: Pool;
  let consumer: IntegrationEventConsumer<PoolClient>;

  beforeAll(async () => {
    database = await createTestDatabase('missing_topic');
    pool = new Pool({ connectionString: database.url, max: 4 });
    pool.on('error', () => undefined);
    await migrateMessagingTables(pool);
    await createEffectsTable(pool);
    consumer = new IntegrationEventConsumer<PoolClient>({
      kafka,
      groupId: uniqueName('missing_topic'),
      topics: [topic],
      unitOfWork: pgUnitOfWork(pool),
      handler: recordEffect,
      contracts: SEQUENCE_CONTRACTS,
      monitorIntervalMs: 200,
      backoff: { initialMs: 50, maxMs: 500, factor: 2 },
    });
  });

  afterAll(async () => {
    await consumer?.stop();
    await pool?.end();
    await database?.drop();
    await deleteTopics(kafka, [topic, `${topic}.dlq`]).catch(() => undefined);
  });

  it('starts without throwing and reports the missing topic as the reason it does not consume', async () => {
    await expect(consumer.start()).resolves.toBeUndefined();

    await waitFor('the consumer to name the missing topic', async () => (await consumer.refreshProgress()).missingTopics?.includes(topic) === true, 30_000);
    expect(consumer.progress().missingTopics).toEqual([topic]);
    expect(consumer.progress().notConsuming).toMatch(/does not host this topic-partition/);
  });

  it('consumes once the topic appears, and no longer reports it missing', async () => {
    await createTopics(kafka, [topic], 1);
    const producer = kafka.producer();
    await producer.connect();
    try {
      await producer.send({
        topic,
        acks: -1,
        messages: [
          {
            key: 'late-topic',
            value: JSON.stringify({ candidateId: 'late-topic', sequence: 0 }),
            headers: {
              [EVENT_HEADERS.eventId]: uniqueName('late-topic-event'),
              [EVENT_HEADERS.eventType]: 'SequenceRecorded',
              [EVENT_HEADERS.schemaVersion]: '1',
              [EVENT_HEADERS.correlationId]: 'corr-late-topic',
            },
          },
        ],
      });
    } finally {
      await producer.disconnect();
    }

    await waitFor('the message to be applied', async () => (await pool.query('SELECT 1 FROM test_effects WHERE candidate_id = $1', ['late-topic'])).rowCount === 1, 60_000);
    await waitFor('the topic no longer reported missing', async () => (await consumer.refreshProgress()).missingTopics === undefined, 30_000);
    expect(consumer.progress()).toMatchObject({ lag: 0 });
    expect(consumer.progress().notConsuming).toBeUndefined();
  });
});
