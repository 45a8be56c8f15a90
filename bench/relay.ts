/**
 * `npm run bench -- relay`: the relay against a raw kafkajs producer, in the same run, on the same
 * messages, broker and settings (idempotent, acks = all, one request in flight, batches of the same
 * size). The raw producer only sends messages built beforehand; the relay reads them from the event
 * store, maps and validates them, sends them and moves its checkpoint after each acknowledged batch.
 * Goal: relay ≥ 0.9× the raw producer's throughput.
 *
 * Many short rounds, raw and relay back to back in each, alternating who goes first: on a shared
 * machine the load drifts, and the median of the per-round ratios compares like with like.
 *
 * Settings: BENCH_RELAY_EVENTS (30,000), BENCH_RELAY_CANDIDATES (500), BENCH_RELAY_ROUNDS (9),
 * BENCH_RELAY_BATCH (1,000), KAFKA_BROKERS, TEST_DATABASE_URL / DATABASE_URL.
 */
import { PostgresEventStore, type NewEvent } from '@titrepro/event-store';
import {
  ACKS_ALL,
  byTopic,
  createKafka,
  idempotentProducerConfig,
  migrateMessagingTables,
  Relay,
  toKafkaMessages,
  type OutgoingMessage,
} from '@titrepro/messaging';
import { createTestDatabase, kafkaBrokers, uniqueName } from '@titrepro/testing';
import type { Kafka } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { SEQUENCE_EVENT_TYPE, sequenceMapper } from '../libs/platform/messaging/src/testing/sequence-contract';

const settings = {
  events: Number(process.env['BENCH_RELAY_EVENTS'] ?? 30_000),
  candidates: Number(process.env['BENCH_RELAY_CANDIDATES'] ?? 500),
  rounds: Number(process.env['BENCH_RELAY_ROUNDS'] ?? 9),
  batchSize: Number(process.env['BENCH_RELAY_BATCH'] ?? 1_000),
  partitions: 6,
  target: 0.9,
};

const log = (line: string): void => void process.stdout.write(`${line}\n`);
const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/** Appends the workload: per candidate, its events in order, candidates interleaved in the log. */
const fillStore = async (store: PostgresEventStore): Promise<void> => {
  const perCandidate = Math.ceil(settings.events / settings.candidates);
  const chunk = 20;
  for (let from = 0; from < perCandidate; from += chunk) {
    const size = Math.min(chunk, perCandidate - from);
    let next = 0;
    const worker = async () => {
      while (next < settings.candidates) {
        const candidateId = `bench-${next++}`;
        const events: NewEvent[] = Array.from({ length: size }, (_, offset) => ({
          eventId: randomUUID(),
          type: SEQUENCE_EVENT_TYPE,
          schemaVersion: 1,
          data: { candidateId, sequence: from + offset },
          metadata: {
            occurredAt: new Date().toISOString(),
            correlationId: randomUUID(),
            causationId: randomUUID(),
            actor: { subject: 'bench', role: 'regional-office' },
            region: '84',
            traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
          },
        }));
        await store.appendToStream(`candidate-${candidateId}`, events);
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
  }
};

const createTopic = async (kafka: Kafka, topic: string): Promise<void> => {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: settings.partitions }] });
  } finally {
    await admin.disconnect();
  }
};

const deleteTopics = async (kafka: Kafka, topics: readonly string[]): Promise<void> => {
  const admin = kafka.admin();
  await admin.connect();
  await admin.deleteTopics({ topics: [...topics] }).catch(() => undefined);
  await admin.disconnect();
};

/** The raw producer: the same messages, prebuilt, sent batch after batch; connect included, as for the relay. */
const rawRound = async (kafka: Kafka, messages: readonly OutgoingMessage[], topic: string): Promise<number> => {
  const retargeted = messages.map((outgoing) => ({ ...outgoing, topic }));
  const producer = kafka.producer(idempotentProducerConfig());
  const started = performance.now();
  await producer.connect();
  for (let from = 0; from < retargeted.length; from += settings.batchSize) {
    await producer.sendBatch({ acks: ACKS_ALL, topicMessages: byTopic(retargeted.slice(from, from + settings.batchSize)) });
  }
  const elapsed = performance.now() - started;
  await producer.disconnect();
  return (retargeted.length / elapsed) * 1000;
};

/** The relay from an empty checkpoint to the head of the log: from the moment it leads until the last checkpoint. */
const relayRound = async (kafka: Kafka, store: PostgresEventStore, databaseUrl: string, head: number, messages: number, topic: string): Promise<number> => {
  let ledAt = 0;
  let reachedHead: () => void = () => undefined;
  const atHead = new Promise<void>((resolve) => (reachedHead = resolve));
  const relay = new Relay({
    name: uniqueName('bench'),
    eventStore: store,
    database: databaseUrl,
    kafka,
    map: sequenceMapper,
    topicOf: () => topic,
    batchSize: settings.batchSize,
    onStateChange: (state) => {
      if (state === 'leader') ledAt = performance.now();
    },
    onCheckpoint: (position) => {
      if (position >= head) reachedHead();
    },
  });
  relay.start();
  await atHead;
  const elapsed = performance.now() - ledAt;
  await relay.stop();
  return (messages / elapsed) * 1000;
};

export const runRelayBench = async () => {
  const database = await createTestDatabase('bench_relay');
  const kafka = createKafka({ brokers: kafkaBrokers(), clientId: 'bench-relay' });
  const topics: string[] = [];
  const store = await PostgresEventStore.create({ connectionString: database.url, subscriptionBatchSize: settings.batchSize });
  try {
    await migrateMessagingTables(store.pool);
    let started = performance.now();
    await fillStore(store);
    const head = await store.stablePosition();
    log(`  appended ${head.toLocaleString('en-US')} events in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    // The raw producer's messages: exactly what the relay sends, built before the clock starts.
    started = performance.now();
    const messages: OutgoingMessage[] = [];
    for (let after = 0; after < head; ) {
      const page = await store.readAll({ after, maxCount: 10_000 });
      for (const event of page) messages.push(...toKafkaMessages(event, sequenceMapper));
      after = page[page.length - 1]?.globalPosition ?? head;
    }
    log(`  built ${messages.length.toLocaleString('en-US')} messages in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const raw: number[] = [];
    const relayed: number[] = [];
    for (let round = 0; round <= settings.rounds; round += 1) {
      const rawTopic = uniqueName('bench_raw');
      const relayTopic = uniqueName('bench_relay');
      topics.push(rawTopic, relayTopic);
      await createTopic(kafka, rawTopic);
      await createTopic(kafka, relayTopic);
      // Alternate who goes first, so neither always gets the warmer broker; round 0 warms up.
      const runRaw = async () => rawRound(kafka, messages, rawTopic);
      const runRelay = async () => relayRound(kafka, store, database.url, head, messages.length, relayTopic);
      const [first, second] = round % 2 === 0 ? [runRaw, runRelay] : [runRelay, runRaw];
      const a = await first();
      const b = await second();
      const [rawRate, relayRate] = round % 2 === 0 ? [a, b] : [b, a];
      if (round > 0) {
        raw.push(rawRate);
        relayed.push(relayRate);
      }
      log(`  round ${round}${round === 0 ? ' (warm-up)' : ''}: raw ${Math.round(rawRate).toLocaleString('en-US')} msg/s, relay ${Math.round(relayRate).toLocaleString('en-US')} msg/s`);
    }

    const rawMedian = median(raw);
    const relayMedian = median(relayed);
    // Median of the per-round ratios: each round's two runs saw the same machine load.
    const ratios = relayed.map((rate, index) => rate / (raw[index] as number));
    const ratio = median(ratios);
    const met = ratio >= settings.target;
    log('');
    log(`| workload | raw kafkajs producer | relay | relay vs raw |`);
    log(`|---|---:|---:|---:|`);
    log(`| ${messages.length.toLocaleString('en-US')} messages, batches of ${settings.batchSize}, acks=-1, idempotent | ${Math.round(rawMedian).toLocaleString('en-US')} msg/s | ${Math.round(relayMedian).toLocaleString('en-US')} msg/s | ${ratio.toFixed(2)}× (median of rounds) |`);
    log('');
    log(`per-round ratios: ${ratios.map((value) => `${value.toFixed(2)}×`).join(', ')}`);
    log(`${met ? 'MET   ' : 'MISSED'} relay throughput: ${ratio.toFixed(2)}× the raw producer (target ≥ ${settings.target}×)`);

    return { settings, messages: messages.length, samples: { raw, relay: relayed, ratios }, median: { raw: rawMedian, relay: relayMedian }, ratio, target: { minimum: settings.target, met } };
  } finally {
    await store.close();
    await deleteTopics(kafka, topics);
    await database.drop();
  }
};
