import { DEAD_LETTER_HEADERS, deadLetterTopicFor, EVENT_HEADERS } from '@titrepro/contracts';
import { PostgresEventStore } from '@titrepro/event-store';
import { createTestDatabase, kafkaBrokers, uniqueName, waitFor, type TestDatabase } from '@titrepro/testing';
import type { Consumer, Kafka, KafkaMessage } from 'kafkajs';
import { Pool, type PoolClient } from 'pg';
import { Registry } from 'prom-client';
import { PermanentHandlerError, type IntegrationEventHandler } from './consumer/consumed-event';
import { IntegrationEventConsumer } from './consumer/integration-event-consumer';
import { pgUnitOfWork } from './consumer/unit-of-work';
import { createKafka } from './kafka/create-kafka';
import { Relay } from './relay/relay';
import { migrateMessagingTables } from './schema/messaging-tables';
import { checkEffects, countEffects, createEffectsTable, recordEffect } from './testing/effects-table';
import { SEQUENCE_CONTRACTS, sequenceMapper } from './testing/sequence-contract';
import { appendSequenceEvents, candidateIds, TEST_TRACEPARENT } from './testing/sequence-workload';
import { createTopics, deleteTopics } from './testing/topics';

const candidates = candidateIds(500);
const eventsPerCandidate = 20;

describe('relay and consumer (real PostgreSQL and Kafka)', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let pool: Pool;
  let kafka: Kafka;
  let topic: string;
  let relay: Relay;
  const consumers: Array<IntegrationEventConsumer<PoolClient>> = [];
  const metrics = new Registry();
  const handlerCalls = new Map<string, number>();

  // Test candidates whose names say how the handler treats them; everyone else is applied at once.
  const handler: IntegrationEventHandler<PoolClient> = async (event, context) => {
    const candidateId = event.payload.candidateId;
    handlerCalls.set(candidateId, (handlerCalls.get(candidateId) ?? 0) + 1);
    if (candidateId.startsWith('flaky-') && context.attempt < 3) throw new Error('transient: database busy');
    if (candidateId.startsWith('broken-')) throw new Error('this handler cannot apply it');
    if (candidateId.startsWith('refused-')) throw new PermanentHandlerError('the candidate is unknown here');
    await recordEffect(event, context);
  };

  const startConsumer = async (options: { name: string; groupId: string; registry: Registry }) => {
    const consumer = new IntegrationEventConsumer<PoolClient>({
      kafka,
      name: options.name,
      groupId: options.groupId,
      topics: [topic],
      unitOfWork: pgUnitOfWork(pool),
      handler,
      contracts: SEQUENCE_CONTRACTS,
      maxAttempts: 4,
      backoff: { initialMs: 20, maxMs: 100, factor: 2 },
      metrics: options.registry,
    });
    consumers.push(consumer);
    await consumer.start();
    return consumer;
  };

  const produceRaw = async (messages: Array<{ key: string; value: string; headers: Record<string, string>; partition?: number }>) => {
    const producer = kafka.producer();
    await producer.connect();
    try {
      const [metadata] = await producer.send({ topic, acks: -1, messages });
      return metadata;
    } finally {
      await producer.disconnect();
    }
  };

  const sequenceHeaders = (eventId: string) => ({
    [EVENT_HEADERS.eventId]: eventId,
    [EVENT_HEADERS.eventType]: 'SequenceRecorded',
    [EVENT_HEADERS.schemaVersion]: '1',
    [EVENT_HEADERS.correlationId]: `corr-${eventId}`,
  });

  // One reader for the whole file: joining a fresh group per test would cost a rebalance each time.
  const deadLetters: KafkaMessage[] = [];
  let deadLetterReader: Consumer | undefined;
  const readDeadLetters = async (count: number): Promise<KafkaMessage[]> => {
    if (!deadLetterReader) {
      deadLetterReader = kafka.consumer({ groupId: uniqueName('dlq_reader') });
      await deadLetterReader.connect();
      await deadLetterReader.subscribe({ topic: deadLetterTopicFor(topic), fromBeginning: true });
      await deadLetterReader.run({ eachMessage: async ({ message }) => void deadLetters.push(message) });
    }
    await waitFor(`${count} dead letters`, () => deadLetters.length >= count, 30_000);
    return deadLetters.slice(0, count);
  };

  const metricValue = async (name: string, labels: Record<string, string> = {}): Promise<number> => {
    const metric = (await metrics.getMetricsAsJSON()).find((entry) => entry.name === name);
    const values = (metric?.values ?? []).filter((value) => Object.entries(labels).every(([key, expected]) => String(value.labels[key]) === expected));
    return values.reduce((sum, value) => sum + value.value, 0);
  };

  beforeAll(async () => {
    database = await createTestDatabase('messaging');
    store = await PostgresEventStore.create({ connectionString: database.url, pollIntervalMs: 200 });
    pool = new Pool({ connectionString: database.url, max: 6 });
    // An idle connection closed by the server (database dropped at the end) must not crash the run.
    pool.on('error', () => undefined);
    await migrateMessagingTables(pool);
    await createEffectsTable(pool);
    kafka = createKafka({ brokers: kafkaBrokers(), clientId: 'messaging-int' });
    topic = uniqueName('test_relay_events');
    await createTopics(kafka, [topic]);
    relay = new Relay({ name: 'registry', eventStore: store, database: database.url, kafka, map: sequenceMapper, topicOf: () => topic, metrics });
  });

  afterAll(async () => {
    await deadLetterReader?.disconnect();
    await relay?.stop();
    for (const consumer of consumers) await consumer.stop();
    await store?.close();
    await pool?.end();
    await database?.drop();
    if (kafka) await deleteTopics(kafka, [topic, deadLetterTopicFor(topic)]).catch(() => undefined);
  });

  it('delivers 10,000 events of 500 candidates to the consumer, each applied once and in per-candidate order', async () => {
    relay.start();
    await startConsumer({ name: 'jury', groupId: uniqueName('jury'), registry: metrics });
    await appendSequenceEvents(store, { candidates, eventsPerCandidate });
    await waitFor('10,000 effects', async () => (await countEffects(pool)) >= candidates.length * eventsPerCandidate, 90_000, 250);
    const report = await checkEffects(pool, candidates, eventsPerCandidate);
    expect(report.wrongCandidates).toEqual([]);
    expect(report.total).toBe(10_000);
    expect(relay.state).toBe('leader');
    await waitFor('the relay checkpoint at the head of the log', async () => relay.checkpoint === (await store.stablePosition()));
  });

  it('carries correlation id, causation and trace context from the stored event to the handler and on to its own events', async () => {
    const { rows } = await pool.query(
      "SELECT event_id, correlation_id, causation_id, traceparent, next_causation_id, next_traceparent FROM test_effects WHERE candidate_id = 'cand-0007' AND sequence = 3",
    );
    const [row] = rows as Array<Record<string, string>>;
    expect(row).toMatchObject({ correlation_id: 'corr-cand-0007', causation_id: 'cmd-cand-0007-3', traceparent: TEST_TRACEPARENT });
    expect(row?.['next_causation_id']).toBe(row?.['event_id']);
    expect(row?.['next_traceparent']?.split('-')[1]).toBe(TEST_TRACEPARENT.split('-')[1]);
  });

  it('changes nothing when every event is delivered again (inbox)', async () => {
    const replayMetrics = new Registry();
    await startConsumer({ name: 'jury', groupId: uniqueName('jury_replay'), registry: replayMetrics });
    const duplicates = async () =>
      ((await replayMetrics.getMetricsAsJSON()).find((metric) => metric.name === 'titrepro_consumer_handled_messages_total')?.values ?? [])
        .filter((value) => value.labels['outcome'] === 'duplicate')
        .reduce((sum, value) => sum + value.value, 0);
    await waitFor('10,000 redeliveries', async () => (await duplicates()) >= 10_000, 60_000, 250);
    const report = await checkEffects(pool, candidates, eventsPerCandidate);
    expect(report).toEqual({ total: 10_000, wrongCandidates: [] });
    await consumers.pop()?.stop();
  });

  it('parks a message with an invalid payload on <topic>.dlq with its reason and origin, and goes on with the next one', async () => {
    const invalid = await produceRaw([
      { key: 'dlq-cand', value: JSON.stringify({ candidateId: 'dlq-cand', sequence: 'three' }), headers: sequenceHeaders(uniqueName('evt_invalid')) },
    ]);
    await produceRaw([{ key: 'after-dlq', value: JSON.stringify({ candidateId: 'after-dlq', sequence: 0 }), headers: sequenceHeaders(uniqueName('evt_valid')) }]);
    const [deadLetter] = await readDeadLetters(1);
    const header = (name: string) => deadLetter?.headers?.[name]?.toString();
    expect(header(DEAD_LETTER_HEADERS.reason)).toBe('invalid-payload');
    expect(header(DEAD_LETTER_HEADERS.error)).toContain('sequence');
    expect(header(DEAD_LETTER_HEADERS.originalTopic)).toBe(topic);
    expect(header(DEAD_LETTER_HEADERS.originalPartition)).toBe(String(invalid?.partition));
    expect(header(DEAD_LETTER_HEADERS.originalOffset)).toBe(invalid?.baseOffset);
    expect(deadLetter?.value?.toString()).toContain('three');
    await waitFor('the next message applied', async () => (await pool.query("SELECT 1 FROM test_effects WHERE candidate_id = 'after-dlq'")).rowCount === 1);
    expect(await metricValue('titrepro_consumer_dead_letters_total', { reason: 'invalid-payload' })).toBe(1);
  });

  it('retries a transient handler failure with backoff and applies it once, keeping its neighbours in order', async () => {
    // Keyed by candidate, as consumers require, and sent to one partition so that their order holds.
    const mixed = ['mixed-a', 'flaky-1', 'mixed-b'].map((candidateId) => ({
      key: candidateId,
      partition: 0,
      value: JSON.stringify({ candidateId, sequence: 0 }),
      headers: sequenceHeaders(uniqueName('evt_mixed')),
    }));
    await produceRaw(mixed);
    await waitFor('the three messages applied', async () => (await pool.query("SELECT 1 FROM test_effects WHERE candidate_id = 'mixed-b'")).rowCount === 1);
    const { rows } = await pool.query<{ candidate_id: string }>(
      "SELECT candidate_id FROM test_effects WHERE candidate_id IN ('mixed-a', 'flaky-1', 'mixed-b') ORDER BY id",
    );
    expect(rows.map((row) => row.candidate_id)).toEqual(['mixed-a', 'flaky-1', 'mixed-b']);
    expect(handlerCalls.get('flaky-1')).toBe(3);
  });

  it('dead-letters a message after the last failed attempt, or at once when the handler says retrying cannot help', async () => {
    await produceRaw([
      { key: 'broken-1', value: JSON.stringify({ candidateId: 'broken-1', sequence: 0 }), headers: sequenceHeaders(uniqueName('evt_broken')) },
      { key: 'refused-1', value: JSON.stringify({ candidateId: 'refused-1', sequence: 0 }), headers: sequenceHeaders(uniqueName('evt_refused')) },
    ]);
    const parked = await readDeadLetters(3);
    const byReason = Object.fromEntries(parked.map((message) => [message.headers?.[DEAD_LETTER_HEADERS.reason]?.toString(), message]));
    expect(byReason['handler-failed']?.headers?.[DEAD_LETTER_HEADERS.attempts]?.toString()).toBe('4');
    expect(byReason['handler-failed']?.headers?.[DEAD_LETTER_HEADERS.error]?.toString()).toContain('cannot apply');
    expect(byReason['permanent-error']?.headers?.[DEAD_LETTER_HEADERS.attempts]?.toString()).toBe('1');
    expect(handlerCalls.get('broken-1')).toBe(4);
    expect(handlerCalls.get('refused-1')).toBe(1);
  });

  it('reports relay lag, consumer lag and dead letters as metrics', async () => {
    await waitFor('consumer lag at zero', async () => (await metricValue('titrepro_consumer_lag_messages')) === 0);
    expect(await metricValue('titrepro_relay_lag_events', { relay: 'registry' })).toBe(0);
    expect(await metricValue('titrepro_relay_published_messages_total', { relay: 'registry' })).toBeGreaterThanOrEqual(10_000);
    expect(await metricValue('titrepro_consumer_dead_letters_total')).toBe(3);
    expect(await metricValue('titrepro_relay_leader', { relay: 'registry' })).toBe(1);
  });
});
