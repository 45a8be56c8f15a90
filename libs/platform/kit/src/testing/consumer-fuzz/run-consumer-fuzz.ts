import { CandidateRegisteredV1, DEAD_LETTER_HEADERS, DEAD_LETTER_REASONS, deadLetterTopicFor, EVENT_HEADERS, type BoundedContext } from '@titrepro/contracts';
import { createKafka } from '@titrepro/messaging';
import { kafkaBrokers, waitFor } from '@titrepro/testing';
import fc from 'fast-check';
import { ServiceConsumers } from '../../consumer/service-consumers';
import type { ContractPublisher } from '../contract-publisher';
import type { StartedService } from '../start-service';
import { fuzzMessage, hugeMessage, type FuzzCandidates, type FuzzMessage } from './fuzz-messages';
import { fuzzSettings, type FuzzSettings } from './fuzz-settings';
import { endOffsets, readWholeTopics, untilConsumed } from './topic-offsets';

export interface ConsumerFuzzOptions {
  /** The service under test, started with its consumers on its own topic prefix. */
  readonly service: StartedService;
  /** Plays the other services on the same topics. */
  readonly publisher: ContractPublisher;
  /** Some region other than the service's. */
  readonly otherRegion: string;
  /**
   * After the fuzzing: publishes valid events (a newly registered candidate, say) and resolves
   * once the service applied them; throws otherwise.
   */
  readonly afterwards: (candidates: FuzzCandidates) => Promise<void>;
  /** Told the two real candidates before they are registered (a test's registry identities, say). */
  readonly onCandidates?: (candidates: FuzzCandidates) => void;
  /** How long the consumers may take to reach the end of their topics (default 45 s). */
  readonly timeoutMs?: number;
  readonly settings?: FuzzSettings;
}

export interface ConsumerFuzzReport {
  readonly seed: number;
  /** Generated messages sent, all topics together. */
  readonly messages: number;
  readonly topics: readonly string[];
  readonly consumers: readonly string[];
  /** How many messages of each kind were sent. */
  readonly kinds: Readonly<Record<string, number>>;
  /** Per outcome (inbox `handled`, a dead letter's reason, set aside as another region's), over every consumer. */
  readonly outcomes: Readonly<Record<string, number>>;
  /** Milliseconds: the two real candidates known everywhere; the messages sent; all of them consumed. */
  readonly timings: { readonly setupMs: number; readonly sendMs: number; readonly consumeMs: number };
}

const contextOf = (topic: string): BoundedContext => /titrepro\.([a-z]+)\.events$/.exec(topic)?.[1] as BoundedContext;
const where = (topic: string, partition: number, offset: number | string) => `${topic}/${partition}@${offset}`;
const text = (value: unknown): string => (Buffer.isBuffer(value) ? `bytes ${value.subarray(0, 60).toString('hex')}` : JSON.stringify(value)?.slice(0, 300) ?? String(value));
const describeMessage = ({ message }: FuzzMessage): string =>
  `value ${text(message.value)}, headers ${Object.entries(message.headers ?? {}).map(([name, value]) => `${name}=${text(value)}`).join(' ')}`;
const tally = (counts: Record<string, number>, name: string) => void (counts[name] = (counts[name] ?? 0) + 1);

/**
 * The consumer fuzz suite for one service: for every topic its consumers read, generated messages
 * (arbitrary bytes, null and 1 MB values, JSON of the wrong shape, forged source, type, version and
 * date headers, keys empty, binary or a real candidate's), then the invariants:
 * - every message is, in every consumer reading its topic, applied (inbox) or a dead letter with its reason;
 * - every consumer group commits to the end of each of its topics;
 * - each refused message is once on `<topic>.dlq` per consumer, as many as the dead letters say;
 * - no handler fails for another reason than a refusal (`handler-failed`: a bug, nothing else fails here);
 * - a valid event published afterwards is applied.
 * Seeded (FUZZ_SEED), sized by FUZZ_RUNS; a failure names the seed.
 */
export const runConsumerFuzz = async (options: ConsumerFuzzOptions): Promise<ConsumerFuzzReport> => {
  const settings = options.settings ?? fuzzSettings();
  try {
    return await fuzz(options, settings);
  } catch (error) {
    throw new Error(`consumer fuzz of ${options.service.topicPrefix} failed with FUZZ_SEED=${settings.seed} FUZZ_RUNS=${settings.messagesPerTopic}${settings.kinds ? ` FUZZ_KINDS=${settings.kinds.join(',')}` : ''}:\n${(error as Error).message}`, { cause: error });
  }
};

const fuzz = async (options: ConsumerFuzzOptions, settings: FuzzSettings): Promise<ConsumerFuzzReport> => {
  const { service, publisher } = options;
  // Seconds in CI; a long run (FUZZ_RUNS) gets time in proportion.
  const timeoutMs = options.timeoutMs ?? 45_000 + 3 * (settings.messagesPerTopic + settings.hugePerTopic) * 200;
  const subscriptions = service.app.get(ServiceConsumers).subscriptions();
  const topics = [...new Set(subscriptions.flatMap((subscription) => subscription.topics))].sort();
  const kafka = createKafka({ brokers: kafkaBrokers(), clientId: 'consumer-fuzz' });
  const admin = kafka.admin();
  const producer = kafka.producer();
  await Promise.all([admin.connect(), producer.connect()]);
  try {
    // Two real candidates, one of each region, known to every consumer before the fuzzing.
    const [real, otherRegionCandidate] = fc.sample(fc.uuid(), { seed: settings.seed, numRuns: 2 }) as [string, string];
    const candidates: FuzzCandidates = { region: service.region, real, otherRegion: options.otherRegion, otherRegionCandidate };
    const began = Date.now();
    options.onCandidates?.(candidates);
    const registeredAt = new Date().toISOString();
    await publisher.publish(CandidateRegisteredV1, { candidateId: real, region: service.region, registeredAt }, service.region);
    await publisher.publish(CandidateRegisteredV1, { candidateId: otherRegionCandidate, region: options.otherRegion, registeredAt }, options.otherRegion);
    await untilConsumed(admin, subscriptions, timeoutMs);

    const setupMs = Date.now() - began;
    const sending = Date.now();
    const starts = new Map<string, Map<number, number>>();
    for (const topic of topics) starts.set(topic, await endOffsets(admin, topic));
    const sent = new Map<string, FuzzMessage>();
    const kinds: Record<string, number> = {};
    for (const [index, topic] of topics.entries()) {
      const context = contextOf(topic);
      const seed = settings.seed + index + 1;
      const messages = [
        ...fc.sample(fuzzMessage(context, candidates), { seed, numRuns: settings.messagesPerTopic }),
        // Another seed: the same one would draw the same ids as the first messages.
        ...(settings.hugePerTopic > 0 ? fc.sample(hugeMessage(context, candidates), { seed: seed + 7_919, numRuns: settings.hugePerTopic }) : []),
      ].filter((generated) => settings.kinds === undefined || settings.kinds.includes(generated.kind));
      for (const generated of messages) {
        // One at a time: each message's partition and offset are known, for the report.
        const [metadata] = await producer.send({ topic, messages: [generated.message] });
        if (!metadata) throw new Error(`no metadata for a message sent to ${topic}`);
        sent.set(where(topic, metadata.partition, metadata.baseOffset ?? '?'), generated);
        tally(kinds, generated.kind);
      }
    }
    const sendMs = Date.now() - sending;
    const consuming = Date.now();
    await untilConsumed(admin, subscriptions, timeoutMs, (topic, partition, offset) => {
      const stuck = sent.get(where(topic, partition, offset));
      return stuck ? ` (stuck at a ${stuck.kind} message, key ${stuck.keyKind}: ${describeMessage(stuck)})` : '';
    });

    const consumeMs = Date.now() - consuming;
    const problems: string[] = [];
    const outcomes: Record<string, number> = {};
    // Every message, in every consumer reading its topic: applied, or a dead letter with its reason.
    for (const { inbox, topics: read } of subscriptions) {
      const traces = new Map<string, string>();
      const eventIds = new Set<string>();
      for (const row of await service.query<{ topic: string; partition: number; offset: string; outcome: string; event_id: string | null }>(
        `SELECT topic, partition, "offset"::text AS offset, outcome, event_id::text FROM messaging.inbox WHERE consumer = $1
          UNION ALL SELECT topic, partition, "offset"::text, reason, event_id::text FROM messaging.dead_letters WHERE consumer = $1`,
        [inbox],
      )) {
        if (row.event_id !== null) eventIds.add(row.event_id);
        // A dead letter says more than the inbox's 'dead-lettered'.
        if (!traces.has(where(row.topic, row.partition, row.offset)) || row.outcome !== 'dead-lettered') traces.set(where(row.topic, row.partition, row.offset), row.outcome);
      }
      const setAside = await service.query<{ count: string }>('SELECT count(*)::text AS count FROM service_kit.other_region_events WHERE consumer = $1', [inbox]);
      if (Number(setAside[0]?.count ?? 0) > 0) outcomes['set-aside (another region’s candidate)'] = (outcomes['set-aside (another region’s candidate)'] ?? 0) + Number(setAside[0]?.count);
      for (const topic of read) {
        const ends = await endOffsets(admin, topic);
        for (const [partition, end] of ends) {
          for (let offset = starts.get(topic)?.get(partition) ?? 0; offset < end; offset += 1) {
            const generated = sent.get(where(topic, partition, offset));
            // A message whose event id the consumer had recorded already is a redelivery to it: applied once.
            const eventId = generated?.message.headers?.[EVENT_HEADERS.eventId]?.toString();
            const trace = traces.get(where(topic, partition, offset)) ?? (eventId !== undefined && eventIds.has(eventId) ? 'duplicate event id' : undefined);
            if (trace === undefined) problems.push(`${inbox} left no trace of ${where(topic, partition, offset)} (${generated ? `${generated.kind}, key ${generated.keyKind}` : 'published by the service itself'})`);
            else tally(outcomes, trace);
          }
        }
      }
    }

    // Each refused message once on the dead-letter topic, per consumer, and nothing else there.
    const inboxes = subscriptions.map((subscription) => subscription.inbox);
    const onTopic = new Map<string, number>();
    for (const message of await readWholeTopics(kafka, admin, topics.map(deadLetterTopicFor))) {
      const header = (name: string) => message.headers?.[name]?.toString();
      const group = header(DEAD_LETTER_HEADERS.consumerGroup) ?? '';
      if (!inboxes.includes(group)) continue;
      const id = `${group} ${where(header(DEAD_LETTER_HEADERS.originalTopic) ?? '', Number(header(DEAD_LETTER_HEADERS.originalPartition)), header(DEAD_LETTER_HEADERS.originalOffset) ?? '')}`;
      onTopic.set(id, (onTopic.get(id) ?? 0) + 1);
    }
    const refused = await service.query<{ consumer: string; topic: string; partition: number; offset: string; reason: string }>(
      `SELECT consumer, topic, partition, "offset"::text AS offset, reason FROM messaging.dead_letters WHERE consumer = ANY($1) AND reason = ANY($2)`,
      [inboxes, [...DEAD_LETTER_REASONS]],
    );
    for (const letter of refused) {
      const id = `${letter.consumer} ${where(letter.topic, letter.partition, letter.offset)}`;
      const copies = onTopic.get(id) ?? 0;
      if (copies !== 1) problems.push(`${id} (${letter.reason}) is ${copies} times on the dead-letter topic`);
      onTopic.delete(id);
    }
    for (const [id, copies] of onTopic) problems.push(`${id} is ${copies} times on the dead-letter topic without a refused dead letter`);

    // A handler that throws something else than a refusal on generated input has a bug (nothing in the environment fails here).
    for (const letter of await service.query<{ consumer: string; topic: string; partition: number; offset: string; error: string }>(
      `SELECT consumer, topic, partition, "offset"::text AS offset, error FROM messaging.dead_letters WHERE consumer = ANY($1) AND reason = 'handler-failed'`,
      [inboxes],
    )) {
      const generated = sent.get(where(letter.topic, letter.partition, letter.offset));
      problems.push(`${letter.consumer} failed unexpectedly on ${where(letter.topic, letter.partition, letter.offset)} (${generated ? `${generated.kind}: ${describeMessage(generated)}` : 'its own event'}): ${letter.error.slice(0, 300)}`);
    }

    // And the service still applies what is valid.
    await options.afterwards(candidates).catch((error: unknown) => problems.push(`a valid event published afterwards: ${(error as Error).message}`));
    if (problems.length > 0) throw new Error(`${problems.length} invariant(s) broken:\n- ${problems.slice(0, 40).join('\n- ')}`);
    return { seed: settings.seed, messages: sent.size, topics, consumers: inboxes, kinds, outcomes, timings: { setupMs, sendMs, consumeMs } };
  } finally {
    await Promise.allSettled([producer.disconnect(), admin.disconnect()]);
  }
};

/** One paragraph for the test's output: how many messages of which kinds, and what became of them. */
export const formatFuzzReport = (report: ConsumerFuzzReport): string =>
  [
    `consumer fuzz, FUZZ_SEED=${report.seed}: ${report.messages} generated messages on ${report.topics.length} topic(s), read by ${report.consumers.length} consumer(s)`,
    `  kinds: ${Object.entries(report.kinds).map(([kind, count]) => `${kind} ${count}`).join(', ')}`,
    `  outcomes over every consumer: ${Object.entries(report.outcomes).map(([outcome, count]) => `${outcome} ${count}`).join(', ')}`,
    `  setup ${report.timings.setupMs} ms, sending ${report.timings.sendMs} ms, consuming ${report.timings.consumeMs} ms`,
  ].join('\n');

/** Resolves once the service appended an event to a stream of the candidate (whatever its category): it acted on them. */
export const untilServiceActsOn = (service: StartedService, candidateId: string): Promise<void> =>
  waitFor(
    `the service to act on candidate ${candidateId}`,
    async () => (await service.query(`SELECT 1 FROM event_store.events WHERE stream_id LIKE '%' || $1 LIMIT 1`, [candidateId])).length > 0,
    30_000,
    100,
  );
