import { deadLetterTopicFor } from '@titrepro/contracts';
import { PostgresEventStore } from '@titrepro/event-store';
import { createTestDatabase, PrivateKafkaBroker, uniqueName, waitFor, type TestDatabase } from '@titrepro/testing';
import type { Kafka } from 'kafkajs';
import { Pool, type PoolClient } from 'pg';
import { Registry } from 'prom-client';
import { IntegrationEventConsumer } from './consumer/integration-event-consumer';
import { pgUnitOfWork } from './consumer/unit-of-work';
import { createKafka } from './kafka/create-kafka';
import { Relay } from './relay/relay';
import { migrateMessagingTables } from './schema/messaging-tables';
import { checkEffects, countEffects, createEffectsTable, recordEffect } from './testing/effects-table';
import { SEQUENCE_CONTRACTS, sequenceMapper } from './testing/sequence-contract';
import { appendSequenceEvents, candidateIds } from './testing/sequence-workload';
import { createTopics } from './testing/topics';

const candidates = candidateIds(500);
const eventsPerCandidate = 20;

// A broker of its own: killing the shared one would break the test files running beside this one.
describe('relay and consumer across a broker crash (private broker, real PostgreSQL)', () => {
  let broker: PrivateKafkaBroker;
  let database: TestDatabase;
  let store: PostgresEventStore;
  let pool: Pool;
  let kafka: Kafka;
  let relay: Relay | undefined;
  let consumer: IntegrationEventConsumer<PoolClient> | undefined;
  const topic = uniqueName('test_crash_events');

  beforeAll(async () => {
    [broker, database] = await Promise.all([PrivateKafkaBroker.start(), createTestDatabase('broker_crash')]);
    store = await PostgresEventStore.create({ connectionString: database.url, pollIntervalMs: 200 });
    pool = new Pool({ connectionString: database.url, max: 6 });
    // An idle connection closed by the server (database dropped at the end) must not crash the run.
    pool.on('error', () => undefined);
    await migrateMessagingTables(pool);
    await createEffectsTable(pool);
    kafka = createKafka({ brokers: broker.brokers, clientId: 'broker-crash-int' });
    await createTopics(kafka, [topic, deadLetterTopicFor(topic)]);
  }, 120_000);

  afterAll(async () => {
    await relay?.stop();
    await consumer?.stop();
    await store?.close();
    await pool?.end();
    await database?.drop();
    await broker?.destroy();
  }, 60_000);

  it('loses nothing, applies nothing twice and keeps per-candidate order when the broker is killed (SIGKILL) halfway and restarted', async () => {
    relay = new Relay({ name: 'registry', eventStore: store, database: database.url, kafka, map: sequenceMapper, topicOf: () => topic, restartDelayMs: 250 });
    relay.start();
    consumer = new IntegrationEventConsumer<PoolClient>({
      kafka,
      groupId: uniqueName('crash_consumer'),
      topics: [topic],
      unitOfWork: pgUnitOfWork(pool),
      handler: recordEffect,
      contracts: SEQUENCE_CONTRACTS,
      createDeadLetterTopics: false,
      metrics: new Registry(),
    });
    await consumer.start();

    const appending = appendSequenceEvents(store, { candidates, eventsPerCandidate });
    await waitFor('3,000 effects before the crash', async () => (await countEffects(pool)) >= 3_000, 60_000, 100);
    broker.kill();
    const effectsAtCrash = await countEffects(pool);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await broker.restart();

    await appending;
    await waitFor('10,000 effects', async () => (await countEffects(pool)) >= 10_000, 90_000, 250);
    expect(effectsAtCrash).toBeLessThan(10_000);
    expect(await checkEffects(pool, candidates, eventsPerCandidate)).toEqual({ total: 10_000, wrongCandidates: [] });
  }, 180_000);
});
