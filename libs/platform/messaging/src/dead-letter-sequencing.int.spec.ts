import { DEAD_LETTER_HEADERS, deadLetterTopicFor, EVENT_HEADERS } from '@titrepro/contracts';
import { createTestDatabase, kafkaBrokers, uniqueName, waitFor, type TestDatabase } from '@titrepro/testing';
import type { Kafka } from 'kafkajs';
import { Pool, type PoolClient } from 'pg';
import { Registry } from 'prom-client';
import { PermanentHandlerError, type IntegrationEventHandler } from './consumer/consumed-event';
import { listDeadLetters } from './consumer/dead-letters';
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

describe('sequenced dead letters (real PostgreSQL and Kafka)', () => {
  let database: TestDatabase;
  let pool: Pool;
  let kafka: Kafka;
  let consumer: IntegrationEventConsumer<PoolClient> | undefined;
  let deadLetterTopic: TopicReader;
  const topic = uniqueName('test_sequenced_dlq');
  const run = uniqueName('run');
  const metrics = new Registry();

  const eventIdOf = (candidateId: string, sequence: number) => `${run}-${candidateId}-${sequence}`;
  // Events the handler refuses for good, until an operator fixes what it depends on.
  const refused = new Set<string>();
  const handler: IntegrationEventHandler<PoolClient> = async (event, context) => {
    if (refused.has(event.eventId)) throw new PermanentHandlerError(`the candidate of ${event.eventId} is unknown here`);
    await recordEffect(event, context);
  };
  const unitOfWork = () => pgUnitOfWork(pool);

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

  const handled = async (outcome: string): Promise<number> => {
    const metric = (await metrics.getMetricsAsJSON()).find((entry) => entry.name === 'titrepro_consumer_handled_messages_total');
    return (metric?.values ?? []).filter((value) => value.labels['outcome'] === outcome).reduce((sum, value) => sum + value.value, 0);
  };

  const replay = (key: string) => replayDeadLetters({ unitOfWork: unitOfWork(), consumer: consumerName, key, handler, contracts: SEQUENCE_CONTRACTS });

  beforeAll(async () => {
    database = await createTestDatabase('dead_letters');
    pool = new Pool({ connectionString: database.url, max: 6 });
    pool.on('error', () => undefined);
    await migrateMessagingTables(pool);
    await createEffectsTable(pool);
    kafka = createKafka({ brokers: kafkaBrokers(), clientId: 'dead-letters-int' });
    // One partition: the held key and the others share batches, and so chunk transactions.
    await createTopics(kafka, [topic], 1);
    consumer = new IntegrationEventConsumer<PoolClient>({
      kafka,
      name: consumerName,
      groupId: uniqueName('dead_letters'),
      topics: [topic],
      unitOfWork: unitOfWork(),
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

  it('dead-letters a message its handler refuses: on <topic>.dlq, and first in its key’s dead letters', async () => {
    refused.add(eventIdOf('dl-1', 0));
    await produce([['dl-1', 0]]);
    await waitFor('the message on the dead-letter topic', () => deadLetterTopic.messages.length === 1, 30_000);

    expect(deadLetterTopic.messages[0]?.headers?.[DEAD_LETTER_HEADERS.reason]?.toString()).toBe('permanent-error');
    expect(await listDeadLetters(pool, consumerName)).toEqual([
      expect.objectContaining({ key: 'dl-1', eventId: eventIdOf('dl-1', 0), topic, reason: 'permanent-error', attempts: 1, heldBehind: undefined }),
    ]);
  });

  it('holds the later messages of that key, unapplied, while the messages of other keys are applied', async () => {
    await produce([['dl-1', 1], ['dl-2', 0], ['dl-2', 1]]);
    await waitFor('the other key applied', async () => (await effectsOf('dl-2')).length === 2, 30_000);

    expect(await effectsOf('dl-2')).toEqual([0, 1]);
    expect(await effectsOf('dl-1')).toEqual([]);
    const [head, held, ...others] = await listDeadLetters(pool, consumerName, { key: 'dl-1' });
    expect(others).toEqual([]);
    expect(held).toMatchObject({ eventId: eventIdOf('dl-1', 1), reason: 'held-behind', heldBehind: head?.sequence, attempts: 0 });
    expect(held?.sequence).toBeGreaterThan(head?.sequence ?? Infinity);
    // Held messages did not fail: they stay off the dead-letter topic, recorded only in the table.
    expect(deadLetterTopic.messages).toHaveLength(1);
    expect(await handled('held')).toBe(1);
  });

  it('stops a replay at a message that fails again, which keeps the new error and stays held with those after it', async () => {
    const outcome = await replay('dl-1');

    const letters = await listDeadLetters(pool, consumerName, { key: 'dl-1' });
    expect(outcome).toEqual({ applied: 0, duplicates: 0, failure: { sequence: letters[0]?.sequence, eventId: eventIdOf('dl-1', 0), error: expect.stringContaining('unknown here') } });
    expect(letters.map((letter) => [letter.reason, letter.attempts])).toEqual([
      ['permanent-error', 2],
      ['held-behind', 0],
    ]);
    expect(await effectsOf('dl-1')).toEqual([]);
  });

  it('replays the key’s dead letters in order once the handler is fixed, and then applies the key’s new messages again', async () => {
    refused.clear();
    expect(await replay('dl-1')).toEqual({ applied: 2, duplicates: 0 });

    expect(await effectsOf('dl-1')).toEqual([0, 1]);
    expect(await listDeadLetters(pool, consumerName)).toEqual([]);
    const { rows } = await pool.query(`SELECT outcome FROM ${INBOX_TABLE} WHERE consumer = $1 AND event_id = $2`, [consumerName, eventIdOf('dl-1', 0)]);
    expect(rows).toEqual([{ outcome: 'handled' }]);

    await produce([['dl-1', 2]]);
    await waitFor('the key’s next message applied', async () => (await effectsOf('dl-1')).length === 3, 30_000);
    expect(await effectsOf('dl-1')).toEqual([0, 1, 2]);
  });

  it('changes nothing when the replayed messages are delivered again', async () => {
    const duplicatesBefore = await handled('duplicate');
    await produce([['dl-1', 0], ['dl-1', 1]]);
    await waitFor('both redeliveries seen as duplicates', async () => (await handled('duplicate')) === duplicatesBefore + 2, 30_000);

    expect(await effectsOf('dl-1')).toEqual([0, 1, 2]);
    expect(await listDeadLetters(pool, consumerName)).toEqual([]);
    expect(deadLetterTopic.messages).toHaveLength(1);
  });
});
