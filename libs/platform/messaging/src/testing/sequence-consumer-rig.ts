import { deadLetterTopicFor, EVENT_HEADERS } from '@titrepro/contracts';
import { createTestDatabase, kafkaBrokers, uniqueName, type TestDatabase } from '@titrepro/testing';
import type { Kafka, Message } from 'kafkajs';
import { Pool, type PoolClient } from 'pg';
import { Registry } from 'prom-client';
import type { IntegrationEventHandler } from '../consumer/consumed-event';
import { IntegrationEventConsumer, type IntegrationEventConsumerOptions } from '../consumer/integration-event-consumer';
import { pgUnitOfWork, type UnitOfWork } from '../consumer/unit-of-work';
import { createKafka } from '../kafka/create-kafka';
import { migrateMessagingTables } from '../schema/messaging-tables';
import { createEffectsTable } from './effects-table';
import { SEQUENCE_CONTRACTS } from './sequence-contract';
import { TopicReader } from './topic-reader';
import { createTopics, deleteTopics } from './topics';

/**
 * One consumer of `SequenceRecorded` messages on a topic of one partition (so that the keys share
 * batches, and so chunk transactions), on a database of its own, with its dead-letter topic read.
 */
export class SequenceConsumerRig {
  private readonly run = uniqueName('run');

  private constructor(
    readonly consumerName: string,
    readonly topic: string,
    readonly database: TestDatabase,
    readonly pool: Pool,
    readonly kafka: Kafka,
    readonly consumer: IntegrationEventConsumer<PoolClient>,
    readonly deadLetterTopic: TopicReader,
    readonly metrics: Registry,
    readonly groupId: string,
  ) {}

  static async start(
    label: string,
    consumerName: string,
    handler: IntegrationEventHandler<PoolClient>,
    options: Partial<Pick<IntegrationEventConsumerOptions<PoolClient>, 'maxAttempts' | 'monitorIntervalMs' | 'messagesPerTransaction' | 'backoff'>> = {},
  ): Promise<SequenceConsumerRig> {
    const database = await createTestDatabase(label);
    const pool = new Pool({ connectionString: database.url, max: 6 });
    pool.on('error', () => undefined);
    await migrateMessagingTables(pool);
    await createEffectsTable(pool);
    const kafka = createKafka({ brokers: kafkaBrokers(), clientId: `${label}-int` });
    const topic = uniqueName(`test_${label}`);
    await createTopics(kafka, [topic], 1);
    const metrics = new Registry();
    const groupId = uniqueName(label);
    const consumer = new IntegrationEventConsumer<PoolClient>({
      kafka,
      name: consumerName,
      groupId,
      topics: [topic],
      unitOfWork: pgUnitOfWork(pool),
      handler,
      contracts: SEQUENCE_CONTRACTS,
      maxAttempts: 2,
      backoff: { initialMs: 20, maxMs: 50, factor: 2 },
      metrics,
      ...options,
    });
    await consumer.start();
    return new SequenceConsumerRig(consumerName, topic, database, pool, kafka, consumer, await TopicReader.start(kafka, deadLetterTopicFor(topic)), metrics, groupId);
  }

  unitOfWork(): UnitOfWork<PoolClient> {
    return pgUnitOfWork(this.pool);
  }

  eventIdOf(candidateId: string, sequence: number): string {
    return `${this.run}-${candidateId}-${sequence}`;
  }

  /** Sends the messages by hand, keyed by candidate, as another service's producer would. */
  async produce(messages: ReadonlyArray<readonly [candidateId: string, sequence: number]>): Promise<void> {
    await this.produceRaw(messages.map(([candidateId, sequence]) => this.validMessage(candidateId, sequence)));
  }

  /** Sends messages as they are, whatever they hold (hostile input). */
  async produceRaw(messages: readonly Message[]): Promise<void> {
    const producer = this.kafka.producer();
    await producer.connect();
    try {
      await producer.send({ topic: this.topic, acks: -1, messages: [...messages] });
    } finally {
      await producer.disconnect();
    }
  }

  /** A valid message of the sequence contract, as produce() sends it. */
  validMessage(candidateId: string, sequence: number): Message {
    return {
      key: candidateId,
      value: JSON.stringify({ candidateId, sequence }),
      headers: {
        [EVENT_HEADERS.eventId]: this.eventIdOf(candidateId, sequence),
        [EVENT_HEADERS.eventType]: 'SequenceRecorded',
        [EVENT_HEADERS.schemaVersion]: '1',
        [EVENT_HEADERS.correlationId]: `corr-${candidateId}`,
      },
    };
  }

  /** The topic's end and the group's committed offset (partition 0), as Kafka has them. */
  async offsets(): Promise<{ end: number; committed: number }> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const [ends, committed] = await Promise.all([admin.fetchTopicOffsets(this.topic), admin.fetchOffsets({ groupId: this.groupId, topics: [this.topic] })]);
      return { end: Number(ends[0]?.high ?? 0), committed: Number(committed[0]?.partitions[0]?.offset ?? -1) };
    } finally {
      await admin.disconnect();
    }
  }

  /** The value of a metric of the rig's registry, summed over the series whose labels match. */
  async metric(name: string, labels: Readonly<Record<string, string>> = {}): Promise<number> {
    const metric = (await this.metrics.getMetricsAsJSON()).find((entry) => entry.name === name);
    return (metric?.values ?? [])
      .filter((value) => Object.entries(labels).every(([label, expected]) => String(value.labels[label]) === expected))
      .reduce((sum, value) => sum + value.value, 0);
  }

  /** The sequences the test handler applied for a candidate, in the order applied (see effects-table.ts). */
  async effectsOf(candidateId: string): Promise<number[]> {
    const { rows } = await this.pool.query<{ sequence: number }>('SELECT sequence FROM test_effects WHERE candidate_id = $1 ORDER BY id', [candidateId]);
    return rows.map((row) => row.sequence);
  }

  /** How many messages the consumer counted with this outcome (`titrepro_consumer_handled_messages_total`). */
  async handled(outcome: string): Promise<number> {
    const metric = (await this.metrics.getMetricsAsJSON()).find((entry) => entry.name === 'titrepro_consumer_handled_messages_total');
    return (metric?.values ?? []).filter((value) => value.labels['outcome'] === outcome).reduce((sum, value) => sum + value.value, 0);
  }

  async stop(): Promise<void> {
    await this.deadLetterTopic.stop();
    await this.consumer.stop();
    await this.pool.end();
    await this.database.drop();
    await deleteTopics(this.kafka, [this.topic, deadLetterTopicFor(this.topic)]).catch(() => undefined);
  }
}
