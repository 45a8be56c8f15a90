import { PostgresEventStore } from '@titrepro/event-store';
import { createTestDatabase, kafkaBrokers, uniqueName, waitFor, type TestDatabase } from '@titrepro/testing';
import type { Kafka } from 'kafkajs';
import { Pool } from 'pg';
import { Registry } from 'prom-client';
import { createKafka } from './kafka/create-kafka';
import { integrationEvent, type EventMapper } from './relay/event-mapper';
import { listParkedRelayEvents } from './relay/parked-relay-events';
import { Relay } from './relay/relay';
import { retryParkedRelayEvents } from './relay/retry-parked-relay-events';
import { migrateMessagingTables } from './schema/messaging-tables';
import { SequenceRecordedV1, sequenceMapper } from './testing/sequence-contract';
import { appendSequenceEvents, streamOf } from './testing/sequence-workload';
import { TopicReader } from './testing/topic-reader';
import { createTopics, deleteTopics } from './testing/topics';

const category = 'park';
const name = 'parking';

describe('relay parking of events it cannot map (real PostgreSQL and Kafka)', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let pool: Pool;
  let kafka: Kafka;
  let reader: TopicReader;
  let relay: Relay | undefined;
  const topic = uniqueName('test_parking_events');
  const metrics = new Registry();

  // Candidates whose first event the mapper cannot map (it throws), and whose payload the contract refuses.
  const unmappable = new Set(['cand-b']);
  const refusedPayload = new Set(['cand-d']);
  const map: EventMapper = (event) => {
    const candidateId = String(event.data['candidateId']);
    if (unmappable.has(candidateId) && event.data['sequence'] === 0) throw new Error(`no mapping for the first event of ${candidateId}`);
    if (refusedPayload.has(candidateId)) return integrationEvent(SequenceRecordedV1, { candidateId, sequence: -1 });
    return sequenceMapper(event);
  };

  const append = (candidateId: string, sequence: number) =>
    appendSequenceEvents(store, { candidates: [candidateId], eventsPerCandidate: 1, firstSequence: sequence, category });

  const startRelay = (): Relay => {
    relay = new Relay({ name, eventStore: store, database: database.url, kafka, map, category, topicOf: () => topic, metrics, restartDelayMs: 250, parkedGaugeIntervalMs: 500 });
    relay.start();
    return relay;
  };

  const relayedToHead = async (running: Relay) => {
    const head = await store.stablePosition();
    await waitFor(`the relay checkpoint at ${head}`, () => running.checkpoint >= head, 30_000);
  };

  const metricValue = async (metricName: string): Promise<number> => {
    const metric = (await metrics.getMetricsAsJSON()).find((entry) => entry.name === metricName);
    return (metric?.values ?? []).filter((value) => value.labels['relay'] === name).reduce((sum, value) => sum + value.value, 0);
  };

  const retry = (candidateId: string) =>
    retryParkedRelayEvents({ pool, relay: name, streamId: streamOf(candidateId, category), eventStore: store, map, kafka, topicOf: () => topic, metrics });

  const positionOf = async (candidateId: string, sequence: number): Promise<number> => {
    const events = await store.readStream(streamOf(candidateId, category));
    return events.find((event) => event.data['sequence'] === sequence)?.globalPosition ?? -1;
  };

  beforeAll(async () => {
    database = await createTestDatabase('relay_parking');
    store = await PostgresEventStore.create({ connectionString: database.url, pollIntervalMs: 100 });
    pool = new Pool({ connectionString: database.url, max: 4 });
    pool.on('error', () => undefined);
    await migrateMessagingTables(pool);
    kafka = createKafka({ brokers: kafkaBrokers(), clientId: 'relay-parking-int' });
    await createTopics(kafka, [topic]);
    reader = await TopicReader.start(kafka, topic);
  });

  afterAll(async () => {
    await relay?.stop();
    await reader?.stop();
    await store?.close();
    await pool?.end();
    await database?.drop();
    if (kafka) await deleteTopics(kafka, [topic]).catch(() => undefined);
  });

  it('parks an event it cannot map with the later events of its stream, and publishes the events of the other streams', async () => {
    for (const [candidateId, sequence] of [['cand-a', 0], ['cand-b', 0], ['cand-c', 0], ['cand-b', 1], ['cand-d', 0], ['cand-a', 1]] as const) {
      await append(candidateId, sequence);
    }
    const running = startRelay();
    await relayedToHead(running);
    await waitFor('the three mappable events on Kafka', () => reader.messages.length >= 3);

    expect(reader.sequencesOf('cand-a')).toEqual([0, 1]);
    expect(reader.sequencesOf('cand-c')).toEqual([0]);
    expect(reader.keys()).not.toContain('cand-b');
    expect(reader.keys()).not.toContain('cand-d');
    const b0 = await positionOf('cand-b', 0);
    expect(await listParkedRelayEvents(pool, name)).toEqual([
      expect.objectContaining({ globalPosition: b0, streamId: 'park-cand-b', eventType: 'SequenceRecorded', reason: 'unmappable', heldBehind: undefined, error: expect.stringContaining('no mapping for the first event of cand-b') }),
      expect.objectContaining({ globalPosition: await positionOf('cand-b', 1), streamId: 'park-cand-b', reason: 'held-behind', heldBehind: b0, error: expect.stringContaining(`held behind position ${b0}`) }),
      expect.objectContaining({ globalPosition: await positionOf('cand-d', 0), streamId: 'park-cand-d', reason: 'unmappable', error: expect.stringContaining('InvalidIntegrationEventError') }),
    ]);
    expect(await metricValue('titrepro_relay_parked_events')).toBe(3);
    expect(await metricValue('titrepro_relay_failures_total')).toBe(0);
    expect(running.state).toBe('leader');
  });

  it('keeps holding the stream after a restart: the parked events were recorded with the checkpoint that passed them', async () => {
    await relay?.stop();
    const restarted = startRelay();
    await append('cand-b', 2);
    await append('cand-c', 1);
    await relayedToHead(restarted);
    await waitFor('the next event of another stream on Kafka', () => reader.sequencesOf('cand-c').length === 2);

    expect(reader.keys()).not.toContain('cand-b');
    const parked = await listParkedRelayEvents(pool, name, { streamId: 'park-cand-b' });
    expect(parked.map((event) => [event.reason, event.heldBehind])).toEqual([
      ['unmappable', undefined],
      ['held-behind', parked[0]?.globalPosition],
      ['held-behind', parked[0]?.globalPosition],
    ]);
    expect(await metricValue('titrepro_relay_failures_total')).toBe(0);
  });

  it('leaves the parked events, with the new error, when a retry still cannot map the first', async () => {
    const outcome = await retry('cand-b');

    expect(outcome).toEqual({ published: [], stillParked: 3, failure: { globalPosition: await positionOf('cand-b', 0), error: expect.stringContaining('no mapping') } });
    const [first] = await listParkedRelayEvents(pool, name, { streamId: 'park-cand-b' });
    expect(first?.retriedAt).toBeInstanceOf(Date);
    expect(reader.keys()).not.toContain('cand-b');
  });

  it('publishes the stream’s parked events in order once the mapping is fixed, empties them, and lets the stream flow again', async () => {
    unmappable.clear();
    refusedPayload.clear();
    const outcome = await retry('cand-b');

    expect(outcome).toEqual({ published: [await positionOf('cand-b', 0), await positionOf('cand-b', 1), await positionOf('cand-b', 2)], stillParked: 0 });
    await waitFor('the three parked events on Kafka', () => reader.sequencesOf('cand-b').length >= 3);
    expect(await listParkedRelayEvents(pool, name, { streamId: 'park-cand-b' })).toEqual([]);
    // The retry lowers the gauge at once; the leader's own refresh agrees with it.
    await waitFor('the parked gauge at 1', async () => (await metricValue('titrepro_relay_parked_events')) === 1, 10_000);

    await append('cand-b', 3);
    await waitFor('the stream’s next event, published by the relay', () => reader.sequencesOf('cand-b').length >= 4);
    expect(reader.sequencesOf('cand-b')).toEqual([0, 1, 2, 3]);

    expect((await retry('cand-d')).stillParked).toBe(0);
    await waitFor('the refused payload, fixed, on Kafka', () => reader.sequencesOf('cand-d').length >= 1);
    expect(await listParkedRelayEvents(pool, name)).toEqual([]);
    await waitFor('the parked gauge at 0', async () => (await metricValue('titrepro_relay_parked_events')) === 0, 10_000);
    expect(await metricValue('titrepro_relay_failures_total')).toBe(0);
  });

  it("releases an event held behind a head that an operator's retry released while the relay was holding it", async () => {
    unmappable.add('cand-e');
    await append('cand-e', 0);
    await waitFor('the head parked', async () => (await listParkedRelayEvents(pool, name, { streamId: 'park-cand-e' })).length === 1, 30_000);
    unmappable.delete('cand-e');

    // The retry publishes the head and deletes its row, but its commit waits until the relay has
    // held the stream's next event behind that row, which it still sees.
    let commit: () => void = () => undefined;
    const committing = new Promise<void>((resolve) => (commit = resolve));
    const retryPool = new Pool({ connectionString: database.url, max: 1 });
    const slowToCommit = {
      connect: async () => {
        const client = await retryPool.connect();
        const query = client.query.bind(client) as (text: string, values?: unknown[]) => Promise<unknown>;
        return Object.assign(client, { query: async (text: string, values?: unknown[]) => (text === 'COMMIT' ? committing.then(() => query(text, values)) : query(text, values)) });
      },
    } as unknown as Pool;
    const retried = retryParkedRelayEvents({ pool: slowToCommit, relay: name, streamId: 'park-cand-e', eventStore: store, map, kafka, topicOf: () => topic }).finally(() => retryPool.end());
    await waitFor('the head published by the retry', () => reader.sequencesOf('cand-e').length === 1, 30_000);
    await append('cand-e', 1);
    await waitFor('the next event held behind the head', async () => (await listParkedRelayEvents(pool, name, { streamId: 'park-cand-e' })).length === 2, 30_000);
    commit();
    expect((await retried).published).toEqual([await positionOf('cand-e', 0)]);

    await waitFor('the held event published by the relay itself', () => reader.sequencesOf('cand-e').length === 2, 30_000);
    expect(reader.sequencesOf('cand-e')).toEqual([0, 1]);
    // Kafka sees the event before the relay's transaction that releases its row commits.
    await waitFor('the held row released', async () => (await listParkedRelayEvents(pool, name)).length === 0, 30_000);
  });
});
