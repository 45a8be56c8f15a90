import { CONTRACTS, deadLetterTopicFor, type ContractRegistry, type DeadLetterReason } from '@titrepro/contracts';
import type { Consumer, EachBatchPayload, Kafka, KafkaMessage, Producer } from 'kafkajs';
import type { Registry } from 'prom-client';
import { ACKS_ALL, createIdempotentProducer } from '../kafka/idempotent-producer';
import { errorText, silentLogger, type MessagingLogger } from '../messaging-logger';
import { consumerMetrics } from '../metrics/messaging-metrics';
import { causationFromEvent } from '../trace/causation';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './backoff';
import { PermanentHandlerError, type ConsumedEvent, type IntegrationEventHandler } from './consumed-event';
import { deadLetterMessage } from './dead-letter-message';
import { decodeMessage } from './decode-message';
import { isInInbox, recordInInbox } from './inbox';
import type { UnitOfWork } from './unit-of-work';

export interface IntegrationEventConsumerOptions<Tx> {
  readonly kafka: Kafka;
  readonly groupId: string;
  readonly topics: readonly string[];
  /** Where the handler's effect and the inbox record commit together. */
  readonly unitOfWork: UnitOfWork<Tx>;
  readonly handler: IntegrationEventHandler<Tx>;
  /** Inbox name; defaults to the group id. */
  readonly name?: string;
  /** What messages are validated against (default: every platform contract). */
  readonly contracts?: ContractRegistry;
  /** Handler runs before a message goes to the dead-letter topic (default 5). */
  readonly maxAttempts?: number;
  readonly backoff?: BackoffOptions;
  /** Partitions handled in parallel; each partition stays in order (default 3). */
  readonly partitionsConsumedConcurrently?: number;
  /** A new group starts at the beginning of the topics (default true). */
  readonly fromBeginning?: boolean;
  /** Creates the `<topic>.dlq` topics when missing (default true). */
  readonly createDeadLetterTopics?: boolean;
  readonly metrics?: Registry;
  readonly logger?: MessagingLogger;
}

class ConsumerStoppingError extends Error {
  override readonly name = 'ConsumerStoppingError';
}

/**
 * Consumes integration events in a consumer group: validates each message against its contract, runs
 * the handler with the inbox record in the same transaction (a redelivery changes nothing), retries
 * transient failures with backoff and parks what cannot be handled on `<topic>.dlq`, then moves on.
 */
export class IntegrationEventConsumer<Tx> {
  private consumer: Consumer | undefined;
  private producer: Producer | undefined;
  private stopping = false;
  private restarting: Promise<void> | undefined;
  private wakeUp: () => void = () => undefined;
  private stopRequested: Promise<void> = new Promise((resolve) => (this.wakeUp = resolve));
  private readonly name: string;
  private readonly contracts: ContractRegistry;
  private readonly logger: MessagingLogger;
  private readonly metrics: ReturnType<typeof consumerMetrics>;

  constructor(private readonly options: IntegrationEventConsumerOptions<Tx>) {
    this.name = options.name ?? options.groupId;
    this.contracts = options.contracts ?? CONTRACTS;
    this.logger = options.logger ?? silentLogger;
    this.metrics = consumerMetrics(options.metrics);
  }

  /** Connects, joins the group and starts handling messages. */
  async start(): Promise<void> {
    this.stopping = false;
    this.stopRequested = new Promise((resolve) => (this.wakeUp = resolve));
    if (this.options.createDeadLetterTopics ?? true) await this.createDeadLetterTopics();
    this.producer = createIdempotentProducer(this.options.kafka);
    await this.producer.connect();
    await this.runConsumer();
  }

  /** Finishes the message in hand (a retry wait is cut short: that message is redelivered), commits, leaves the group. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeUp();
    await this.restarting;
    await this.consumer?.disconnect().catch(() => undefined);
    await this.producer?.disconnect().catch(() => undefined);
    this.consumer = undefined;
    this.producer = undefined;
  }

  private async runConsumer(): Promise<void> {
    const consumer = this.options.kafka.consumer({
      groupId: this.options.groupId,
      allowAutoTopicCreation: false,
      maxWaitTimeInMs: 500,
      retry: { retries: 10, initialRetryTime: 200, maxRetryTime: 2_000, restartOnFailure: async () => true },
    });
    this.consumer = consumer;
    // kafkajs restarts itself after retriable failures; after any other crash, start a fresh consumer.
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      this.logger.error('consumer crashed', { group: this.options.groupId, error: errorText(payload.error), restart: payload.restart });
      if (!payload.restart && !this.stopping) this.restarting = this.restart(consumer);
    });
    await consumer.connect();
    await consumer.subscribe({ topics: [...this.options.topics], fromBeginning: this.options.fromBeginning ?? true });
    await consumer.run({
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 3,
      eachBatch: (payload) => this.handleBatch(payload),
    });
  }

  private async restart(crashed: Consumer): Promise<void> {
    await crashed.disconnect().catch(() => undefined);
    while (!this.stopping) {
      await this.pause(1_000);
      if (this.stopping) return;
      try {
        await this.runConsumer();
        return;
      } catch (error) {
        this.logger.error('consumer restart failed', { group: this.options.groupId, error: errorText(error) });
      }
    }
  }

  private async handleBatch({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale }: EachBatchPayload): Promise<void> {
    const { topic, partition } = batch;
    for (const message of batch.messages) {
      if (!isRunning() || isStale() || this.stopping) break;
      await this.handleMessage(topic, partition, message, heartbeat);
      resolveOffset(message.offset);
      this.metrics.lag.set({ group: this.options.groupId, topic, partition }, Math.max(0, Number(batch.highWatermark) - Number(message.offset) - 1));
      await heartbeat();
    }
    await commitOffsetsIfNecessary();
  }

  private async handleMessage(topic: string, partition: number, message: KafkaMessage, heartbeat: () => Promise<void>): Promise<void> {
    const decoded = decodeMessage(message, { topic, partition }, this.contracts);
    if (!decoded.ok) {
      if (decoded.eventId && (await this.alreadyRecorded(decoded.eventId))) return this.count('duplicate');
      return this.deadLetter(message, topic, partition, decoded.reason, decoded.error, 0, decoded.eventId, undefined);
    }
    const { event } = decoded;
    const maxAttempts = this.options.maxAttempts ?? 5;
    for (let attempt = 1; ; attempt += 1) {
      try {
        const applied = await this.apply(event, attempt);
        return this.count(applied ? 'applied' : 'duplicate');
      } catch (error) {
        if (this.stopping) throw new ConsumerStoppingError(`stopping; ${event.eventId} will be redelivered`);
        const permanent = error instanceof PermanentHandlerError;
        if (permanent || attempt >= maxAttempts) {
          this.logger.warn('dead-lettering a message its handler could not apply', { group: this.options.groupId, eventId: event.eventId, attempt, error: errorText(error) });
          return this.deadLetter(message, topic, partition, permanent ? 'permanent-error' : 'handler-failed', errorText(error), attempt, event.eventId, event.type);
        }
        this.metrics.retries.inc({ group: this.options.groupId });
        await this.pause(backoffDelay(attempt, this.options.backoff ?? DEFAULT_BACKOFF));
        if (this.stopping) throw new ConsumerStoppingError(`stopping; ${event.eventId} will be redelivered`);
        await heartbeat();
      }
    }
  }

  /** One attempt: inbox record and effect in one transaction; false when the event was already applied. */
  private apply(event: ConsumedEvent, attempt: number): Promise<boolean> {
    return this.options.unitOfWork.transaction(async (tx, sql) => {
      const fresh = await recordInInbox(sql, { ...this.inboxEntry(event.eventId, event.type, event), outcome: 'handled' });
      if (!fresh) return false;
      await this.options.handler(event, { tx, causation: causationFromEvent(event), attempt });
      return true;
    });
  }

  private async deadLetter(
    message: KafkaMessage,
    topic: string,
    partition: number,
    reason: DeadLetterReason,
    error: string,
    attempts: number,
    eventId: string | undefined,
    eventType: string | undefined,
  ): Promise<void> {
    const producer = this.producer;
    if (!producer) throw new ConsumerStoppingError('no producer');
    await producer.send({
      topic: deadLetterTopicFor(topic),
      acks: ACKS_ALL,
      messages: [deadLetterMessage(message, { reason, error, topic, partition, group: this.options.groupId, attempts, failedAt: new Date() })],
    });
    this.metrics.deadLettered.inc({ group: this.options.groupId, topic, reason });
    this.count('dead-lettered');
    // Recorded so that a redelivery is not parked twice.
    if (eventId) {
      await this.options.unitOfWork.transaction((_tx, sql) =>
        recordInInbox(sql, { ...this.inboxEntry(eventId, eventType, { topic, partition, offset: message.offset }), outcome: 'dead-lettered' }),
      );
    }
  }

  private alreadyRecorded(eventId: string): Promise<boolean> {
    return this.options.unitOfWork.transaction((_tx, sql) => isInInbox(sql, this.name, eventId));
  }

  private inboxEntry(eventId: string, eventType: string | undefined, where: { topic: string; partition: number; offset: string }) {
    return { consumer: this.name, eventId, eventType, topic: where.topic, partition: where.partition, offset: where.offset };
  }

  private count(outcome: 'applied' | 'duplicate' | 'dead-lettered'): void {
    this.metrics.handled.inc({ group: this.options.groupId, outcome });
  }

  private async createDeadLetterTopics(): Promise<void> {
    const admin = this.options.kafka.admin();
    await admin.connect();
    try {
      const existing = new Set(await admin.listTopics());
      const missing = this.options.topics.map(deadLetterTopicFor).filter((topic) => !existing.has(topic));
      if (missing.length > 0) {
        await admin
          .createTopics({ waitForLeaders: true, topics: missing.map((topic) => ({ topic, numPartitions: 1 })) })
          .catch((error: unknown) => {
            // Another replica may have created them meanwhile.
            if (!/already exists/i.test(errorText(error))) throw error;
          });
      }
    } finally {
      await admin.disconnect();
    }
  }

  private pause(ms: number): Promise<void> {
    return Promise.race([
      new Promise<void>((resolve) => setTimeout(resolve, ms).unref()),
      this.stopRequested,
    ]);
  }
}
