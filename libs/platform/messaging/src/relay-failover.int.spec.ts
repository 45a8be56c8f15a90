import { deadLetterTopicFor } from '@titrepro/contracts';
import { PostgresEventStore } from '@titrepro/event-store';
import { createTestDatabase, kafkaBrokers, uniqueName, waitFor, type TestDatabase } from '@titrepro/testing';
import type { Kafka } from 'kafkajs';
import { Pool, type PoolClient } from 'pg';
import { Registry } from 'prom-client';
import { IntegrationEventConsumer } from './consumer/integration-event-consumer';
import { pgUnitOfWork } from './consumer/unit-of-work';
import { createKafka } from './kafka/create-kafka';
import { migrateMessagingTables, RELAY_CHECKPOINT_TABLE } from './schema/messaging-tables';
import { checkEffects, countEffects, createEffectsTable, recordEffect } from './testing/effects-table';
import type { RelayState } from './relay/relay';
import { RelayChild } from './testing/relay-child';
import { SEQUENCE_CONTRACTS } from './testing/sequence-contract';
import { appendSequenceEvents, candidateIds } from './testing/sequence-workload';
import { createTopics, deleteTopics } from './testing/topics';

const eventsPerCandidate = 20;
// Each test moves thousands of events through child processes that compile at start: alone it takes
// about 10 s, beside the rest of CI on two cores it took up to 80 s. Its budget is for a hang, not a speed.
const FAILOVER_BUDGET_MS = 180_000;

describe('relay failover (relays in child processes, real PostgreSQL and Kafka)', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let pool: Pool;
  let kafka: Kafka;
  const topics: string[] = [];
  const children: RelayChild[] = [];
  const consumers: Array<IntegrationEventConsumer<PoolClient>> = [];

  // Each test relays its own stream category, named like its relay.
  const startRelay = (name: string, topic: string): RelayChild => {
    const child = RelayChild.start({ databaseUrl: database.url, brokers: kafkaBrokers(), topic, name, category: name });
    children.push(child);
    return child;
  };

  const waitForState = (child: RelayChild, state: RelayState) => child.waitForState(state, 45_000);

  const checkpointOf = async (relay: string): Promise<number> =>
    Number((await pool.query<{ position: string }>(`SELECT position FROM ${RELAY_CHECKPOINT_TABLE} WHERE relay = $1`, [relay])).rows[0]?.position ?? -1);

  const topicWithConsumer = async (): Promise<string> => {
    const topic = uniqueName('test_failover_events');
    topics.push(topic);
    await createTopics(kafka, [topic]);
    const consumer = new IntegrationEventConsumer<PoolClient>({
      kafka,
      groupId: uniqueName('failover_consumer'),
      topics: [topic],
      unitOfWork: pgUnitOfWork(pool),
      handler: recordEffect,
      contracts: SEQUENCE_CONTRACTS,
      metrics: new Registry(),
    });
    consumers.push(consumer);
    await consumer.start();
    return topic;
  };

  beforeAll(async () => {
    database = await createTestDatabase('relay_failover');
    store = await PostgresEventStore.create({ connectionString: database.url });
    pool = new Pool({ connectionString: database.url, max: 6 });
    // An idle connection closed by the server (database dropped at the end) must not crash the run.
    pool.on('error', () => undefined);
    await migrateMessagingTables(pool);
    await createEffectsTable(pool);
    kafka = createKafka({ brokers: kafkaBrokers(), clientId: 'relay-failover-int' });
  });

  afterAll(async () => {
    await Promise.all(children.map((child) => child.kill('SIGKILL')));
    for (const consumer of consumers) await consumer.stop();
    await store?.close();
    await pool?.end();
    await database?.drop();
    if (kafka) await deleteTopics(kafka, topics.flatMap((topic) => [topic, deadLetterTopicFor(topic)])).catch(() => undefined);
  });

  it('loses nothing and applies nothing twice when the relay process is killed (SIGKILL) mid-stream and restarted', async () => {
    const candidates = candidateIds(500, 'kill');
    const topic = await topicWithConsumer();
    const first = startRelay('kill', topic);
    await waitForState(first, 'leader');

    const appending = appendSequenceEvents(store, { candidates, eventsPerCandidate, category: 'kill' });
    await waitFor('the relay to publish 3,000 events', async () => (await checkpointOf('kill')) >= 3_000);
    await first.kill('SIGKILL');
    const checkpointAtKill = await checkpointOf('kill');

    const second = startRelay('kill', topic);
    await waitForState(second, 'leader');
    await appending;
    await waitFor('10,000 effects', async () => (await countEffects(pool, 'kill-')) >= 10_000, 120_000, 250);

    expect(checkpointAtKill).toBeLessThan(await store.stablePosition());
    expect(await checkEffects(pool, candidates, eventsPerCandidate)).toEqual({ total: 10_000, wrongCandidates: [] });
    // SIGTERM: the relay stops gracefully.
    expect(await second.kill('SIGTERM')).toBe(0);
    expect(second.state).toBe('stopped');
  }, FAILOVER_BUDGET_MS);

  it('runs two replicas of which one publishes; when it is killed, the other takes over', async () => {
    const candidates = candidateIds(250, 'dual');
    const topic = await topicWithConsumer();
    const first = startRelay('dual', topic);
    await waitForState(first, 'leader');
    const second = startRelay('dual', topic);
    // Both replicas hold a connection once the second has tried for the lock (and failed).
    await waitFor('the second replica to contend', async () =>
      Number((await pool.query("SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = 'titrepro-relay:dual'")).rows[0]?.n) === 2,
    );

    const appending = appendSequenceEvents(store, { candidates, eventsPerCandidate, category: 'dual' });
    await waitFor('the first replica to publish 2,000 events', async () => (await checkpointOf('dual')) >= 2_000);
    expect(first.state).toBe('leader');
    expect(second.states).not.toContain('leader');

    await first.kill('SIGKILL');
    await waitForState(second, 'leader');
    await appending;
    await waitFor('5,000 effects', async () => (await countEffects(pool, 'dual-')) >= 5_000, 120_000, 250);
    expect(await checkEffects(pool, candidates, eventsPerCandidate)).toEqual({ total: 5_000, wrongCandidates: [] });

    // SIGTERM: the survivor stops gracefully.
    expect(await second.kill('SIGTERM')).toBe(0);
    expect(second.state).toBe('stopped');
  }, FAILOVER_BUDGET_MS);
});
