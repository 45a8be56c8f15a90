import { DEAD_LETTER_HEADERS, deadLetterTopicFor, EVENT_HEADERS } from '@titrepro/contracts';
import { createTestDatabase, kafkaBrokers, uniqueName, waitFor, type TestDatabase } from '@titrepro/testing';
import type { Kafka } from 'kafkajs';
import { Pool, type PoolClient } from 'pg';
import { Registry } from 'prom-client';
import { PermanentHandlerError, type IntegrationEventHandler } from './consumer/consumed-event';
import { listDeadLetters } from './consumer/dead-letters';
import { readmitDeferredLetters } from './consumer/deferred-letters';
import { IntegrationEventConsumer } from './consumer/integration-event-consumer';
import { replayDeadLetters } from './consumer/replay-dead-letters';
import { pgUnitOfWork } from './consumer/unit-of-work';
import { createKafka } from './kafka/create-kafka';
import { INBOX_TABLE, migrateMessagingTables } from './schema/messaging-tables';
import { createEffectsTable, recordEffect } from './testing/effects-table';
import { SEQUENCE_CONTRACTS } from './testing/sequence-contract';
import { TopicReader } from './testing/topic-reader';
import { createTopics, deleteTopics } from './testing/topics';

const consumerName = 'jury';

describe('deferred messages: set aside until the news they wait for arrives (real PostgreSQL and Kafka)', () => {
  let database: TestDatabase;
  let pool: Pool;
  let kafka: Kafka;
  let consumer: IntegrationEventConsumer<PoolClient> | undefined;
  let deadLetterTopic: TopicReader;
  const topic = uniqueName('test_deferred');
  const run = uniqueName('run');
  const metrics = new Registry();

  const eventIdOf = (candidateId: string, sequence: number) => `${run}-${candidateId}-${sequence}`;
  // Sequence 0 of a candidate is the news the others wait for (their home region, in the kit).
  const awaitingNews = new Set<string>();
  const refused = new Set<string>();
  const handler: IntegrationEventHandler<PoolClient> = async (event, context) => {
    const { candidateId } = event.payload;
    if (event.payload['sequence'] === 0) {
      awaitingNews.delete(candidateId);
      await recordEffect(event, context);
      await readmitDeferredLetters({ context, consumer: consumerName, key: candidateId, handler, contracts: SEQUENCE_CONTRACTS });
      return;
    }
    if (awaitingNews.has(candidateId)) return context.defer(`the news of ${candidateId} has not arrived`);
    if (refused.has(event.eventId)) throw new PermanentHandlerError(`${event.eventId} refused`);
    await recordEffect(event, context);
  };

  const produce = async (messages: ReadonlyArray<readonly [candidateId: string, sequence: number]>) => {
    const producer = kafka.producer();
    await producer.connect();
    try {
      await producer.send({
        topic,
        acks: -1,
        messages: messages.map(([candidateId, sequence]) => ({
          key: candidateId,
          value: JSON.stringify({ candidateId, sequence }),
          headers: {
            [EVENT_HEADERS.eventId]: eventIdOf(candidateId, sequence),
            [EVENT_HEADERS.eventType]: 'SequenceRecorded',
            [EVENT_HEADERS.schemaVersion]: '1',
            [EVENT_HEADERS.correlationId]: `corr-${candidateId}`,
          },
        })),
      });
    } finally {
      await producer.disconnect();
    }
  };

  const effectsOf = async (candidateId: string): Promise<number[]> =>
    (await pool.query<{ sequence: number }>('SELECT sequence FROM test_effects WHERE candidate_id = $1 ORDER BY id', [candidateId])).rows.map((row) => row.sequence);
  const lettersOf = async (candidateId: string) =>
    (await listDeadLetters(pool, consumerName, { key: candidateId })).map((letter) => ({ eventId: letter.eventId, reason: letter.reason, heldBehind: letter.heldBehind }));
  const inboxOutcome = async (eventId: string) =>
    (await pool.query<{ outcome: string }>(`SELECT outcome FROM ${INBOX_TABLE} WHERE consumer = $1 AND event_id = $2`, [consumerName, eventId])).rows[0]?.outcome;
  const handled = async (outcome: string): Promise<number> => {
    const metric = (await metrics.getMetricsAsJSON()).find((entry) => entry.name === 'titrepro_consumer_handled_messages_total');
    return (metric?.values ?? []).filter((value) => value.labels['outcome'] === outcome).reduce((sum, value) => sum + value.value, 0);
  };

  beforeAll(async () => {
    database = await createTestDatabase('deferred_letters');
    pool = new Pool({ connectionString: database.url, max: 6 });
    pool.on('error', () => undefined);
    await migrateMessagingTables(pool);
    await createEffectsTable(pool);
    kafka = createKafka({ brokers: kafkaBrokers(), clientId: 'deferred-letters-int' });
    await createTopics(kafka, [topic], 1);
    consumer = new IntegrationEventConsumer<PoolClient>({
      kafka,
      name: consumerName,
      groupId: uniqueName('deferred_letters'),
      topics: [topic],
      unitOfWork: pgUnitOfWork(pool),
      handler,
      contracts: SEQUENCE_CONTRACTS,
      maxAttempts: 2,
      backoff: { initialMs: 20, maxMs: 50, factor: 2 },
      metrics,
    });
    await consumer.start();
    deadLetterTopic = await TopicReader.start(kafka, deadLetterTopicFor(topic));
  });

  afterAll(async () => {
    await deadLetterTopic?.stop();
    await consumer?.stop();
    await pool?.end();
    await database?.drop();
    if (kafka) await deleteTopics(kafka, [topic, deadLetterTopicFor(topic)]).catch(() => undefined);
  });

  it('sets a message aside at once, holding nothing, applies it once with the news, and ignores its redelivery meanwhile', async () => {
    awaitingNews.add('df-1');
    await produce([['df-1', 1], ['df-1', 1], ['other', 1]]);
    await waitFor('the other key applied', async () => (await effectsOf('other')).length === 1, 30_000);
    await waitFor('the redelivery seen', async () => (await handled('duplicate')) === 1, 30_000);

    expect(await lettersOf('df-1')).toEqual([{ eventId: eventIdOf('df-1', 1), reason: 'deferred', heldBehind: undefined }]);
    expect(await inboxOutcome(eventIdOf('df-1', 1))).toBe('dead-lettered');
    expect(await handled('deferred')).toBe(1);
    expect(await consumer?.expireDeferred({ olderThanMs: 60_000, reason: 'untrusted-source' })).toBe(0);

    await produce([['df-1', 0]]);
    await waitFor('the deferred message applied with the news', async () => (await effectsOf('df-1')).length === 2, 30_000);
    expect(await effectsOf('df-1')).toEqual([0, 1]);
    expect(await lettersOf('df-1')).toEqual([]);
    expect(await inboxOutcome(eventIdOf('df-1', 1))).toBe('handled');
    expect(deadLetterTopic.messages).toHaveLength(0);
  });

  it('makes a readmitted message refused for good the head of its key, holding the deferred ones after it and what comes next', async () => {
    awaitingNews.add('df-2');
    refused.add(eventIdOf('df-2', 1));
    await produce([['df-2', 1], ['df-2', 2]]);
    await waitFor('both deferred', async () => (await lettersOf('df-2')).length === 2, 30_000);
    await produce([['df-2', 0], ['df-2', 3]]);
    await waitFor('the next message held', async () => (await lettersOf('df-2')).length === 3, 30_000);

    const [head, ...rest] = await lettersOf('df-2');
    expect(head).toEqual({ eventId: eventIdOf('df-2', 1), reason: 'permanent-error', heldBehind: undefined });
    expect(rest.map((letter) => [letter.eventId, letter.reason, letter.heldBehind])).toEqual([
      [eventIdOf('df-2', 2), 'held-behind', expect.any(Number)],
      [eventIdOf('df-2', 3), 'held-behind', expect.any(Number)],
    ]);
    expect(await effectsOf('df-2')).toEqual([0]);

    refused.clear();
    expect(await replayDeadLetters({ unitOfWork: pgUnitOfWork(pool), consumer: consumerName, key: 'df-2', handler, contracts: SEQUENCE_CONTRACTS })).toEqual({ applied: 3, duplicates: 0 });
    expect(await effectsOf('df-2')).toEqual([0, 1, 2, 3]);
  });

  it('defers a replayed dead letter that cannot be judged yet, and applies it with the news', async () => {
    refused.add(eventIdOf('df-3', 1));
    await produce([['df-3', 1], ['df-3', 2]]);
    await waitFor('refused and held', async () => (await lettersOf('df-3')).length === 2, 30_000);
    refused.clear();
    awaitingNews.add('df-3');

    const replayed = await replayDeadLetters({ unitOfWork: pgUnitOfWork(pool), consumer: consumerName, key: 'df-3', handler, contracts: SEQUENCE_CONTRACTS });
    expect(replayed).toEqual({ applied: 0, duplicates: 0, deferred: 2 });
    expect((await lettersOf('df-3')).map((letter) => letter.reason)).toEqual(['deferred', 'deferred']);

    await produce([['df-3', 0]]);
    await waitFor('applied with the news', async () => (await effectsOf('df-3')).length === 3, 30_000);
    expect(await effectsOf('df-3')).toEqual([0, 1, 2]);
    expect(await lettersOf('df-3')).toEqual([]);
  });

  it('expires a message no news readmitted into a dead letter: on <topic>.dlq and in the table, under the reason given', async () => {
    awaitingNews.add('df-4');
    await produce([['df-4', 1]]);
    await waitFor('deferred', async () => (await lettersOf('df-4')).length === 1, 30_000);
    const before = deadLetterTopic.messages.length;

    expect(await consumer?.expireDeferred({ olderThanMs: 0, reason: 'untrusted-source' })).toBe(1);
    expect(await lettersOf('df-4')).toEqual([{ eventId: eventIdOf('df-4', 1), reason: 'untrusted-source', heldBehind: undefined }]);
    await waitFor('on the dead-letter topic', () => deadLetterTopic.messages.length === before + 1, 30_000);
    const published = deadLetterTopic.messages.at(-1);
    expect(published?.headers?.[DEAD_LETTER_HEADERS.reason]?.toString()).toBe('untrusted-source');
    expect(published?.headers?.[DEAD_LETTER_HEADERS.error]?.toString()).toContain('the news of df-4 has not arrived (still so 0 s after it arrived)');
    expect(await consumer?.expireDeferred({ olderThanMs: 0, reason: 'untrusted-source' })).toBe(0);
  });
});
