import { CONTRACTS } from '@titrepro/contracts';
import type { Consumer, Producer } from 'kafkajs';
import { createIdempotentProducer } from '../kafka/idempotent-producer';
import { errorText, silentLogger } from '../messaging-logger';
import { consumerMetrics } from '../metrics/messaging-metrics';
import { commitBatch } from './commit-batch';
import type { IntegrationEventConsumerOptions } from './consumer-options';
import { ConsumerLagMonitor, type ConsumerProgress } from './consumer-lag-monitor';
import type { ConsumerRuntime } from './consumer-runtime';
import { publishPendingDeadLetters } from './dead-letter-outbox';
import { createDeadLetterTopics } from './dead-letter-topics';
import { expireDeferredLetters, type ExpireDeferredOptions } from './expire-deferred';
import type { UnitOfWork } from './unit-of-work';

export type { IntegrationEventConsumerOptions } from './consumer-options';

/**
 * Consumes integration events in a consumer group: validates each message against its contract, runs
 * the handler with the inbox record in the same transaction (a redelivery changes nothing), retries
 * transient failures with backoff, and dead-letters what cannot be handled: on `<topic>.dlq` and in
 * the consumer's dead letters (`messaging.dead_letters`). Dead letters are sequenced per key, as
 * Axon's sequenced dead-letter queue: the later messages of a dead-lettered key (a candidate) are
 * held behind it, not applied, until `replayDeadLetters` applies them in order; other keys go on.
 *
 * This class is the consumer's life (start, restart after a crash, stop) and its public face; each
 * step of a message has its own file: decode-chunk (decode), apply-messages (judge and apply),
 * retry-or-dead-letter (failures judged), dead-lettering (record and publish), commit-batch (offsets).
 */
export class IntegrationEventConsumer<Tx> {
  private consumer: Consumer | undefined;
  private producer: Producer | undefined;
  private stopping = false;
  private restarting: Promise<void> | undefined;
  private wakeUp: () => void = () => undefined;
  private stopRequested: Promise<void> = new Promise((resolve) => (this.wakeUp = resolve));
  private readonly runtime: ConsumerRuntime<Tx>;
  private readonly monitor: ConsumerLagMonitor;

  constructor(private readonly options: IntegrationEventConsumerOptions<Tx>) {
    const metrics = consumerMetrics(options.metrics);
    const logger = options.logger ?? silentLogger;
    this.runtime = {
      options,
      name: options.name ?? options.groupId,
      contracts: options.contracts ?? CONTRACTS,
      logger,
      metrics,
      stopping: () => this.stopping,
      pause: (ms) => this.pause(ms),
      producer: () => this.producer,
      count: (outcome) => metrics.handled.inc({ group: options.groupId, outcome }),
      countPublished: (topic, reason) => metrics.deadLettered.inc({ group: options.groupId, topic, reason }),
    };
    this.monitor = new ConsumerLagMonitor({
      kafka: options.kafka,
      groupId: options.groupId,
      topics: options.topics,
      metrics,
      logger,
      intervalMs: options.monitorIntervalMs ?? 5_000,
      onTick: () => this.publishPendingDeadLetters().then(() => undefined),
    });
  }

  /** Connects, joins the group and starts handling messages. */
  async start(): Promise<void> {
    this.stopping = false;
    this.stopRequested = new Promise((resolve) => (this.wakeUp = resolve));
    if (this.options.createDeadLetterTopics ?? true) await createDeadLetterTopics(this.options.kafka, this.options.topics);
    this.producer = createIdempotentProducer(this.options.kafka);
    await this.producer.connect();
    // Dead letters recorded but not yet on their topic (a crash between the two): sent now, once.
    await this.publishPendingDeadLetters().catch((error: unknown) => this.runtime.logger.warn('pending dead letters not published yet', { group: this.options.groupId, error: errorText(error) }));
    await this.monitor.start();
    await this.runConsumer();
  }

  /** The group's real lag (from Kafka, refreshed every monitorIntervalMs) and how long it has been stalled. */
  progress(): ConsumerProgress {
    return this.monitor.progress();
  }

  /** Reads the lag from Kafka now. */
  refreshProgress(): Promise<ConsumerProgress> {
    return this.monitor.refresh();
  }

  /** Publishes this consumer's dead letters still pending for `<topic>.dlq` (see publishPendingDeadLetters). */
  async publishPendingDeadLetters(): Promise<number> {
    const producer = this.producer;
    if (!producer) return 0;
    return publishPendingDeadLetters({
      unitOfWork: this.options.unitOfWork as UnitOfWork<unknown>,
      consumer: this.runtime.name,
      producer,
      onPublished: (letter) => this.runtime.countPublished(letter.topic, letter.reason),
    });
  }

  /** Finishes the message in hand (a retry wait is cut short: that message is redelivered), commits, leaves the group. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeUp();
    await this.restarting;
    await this.monitor.stop();
    await this.consumer?.disconnect().catch(() => undefined);
    await this.producer?.disconnect().catch(() => undefined);
    this.consumer = undefined;
    this.producer = undefined;
  }

  /**
   * Deferred messages never readmitted within `olderThanMs` become real dead letters under `reason`:
   * on `<topic>.dlq` and in the consumer's dead letters, the deferral's text kept. Skips keys with a
   * dead letter awaiting replay, which may yet bring what they wait for. Safe beside other replicas
   * (rows are locked and skipped); a crash after the send repeats it on the dead-letter topic (with
   * the same `dead-letter-id`). Returns how many expired.
   */
  async expireDeferred(options: ExpireDeferredOptions): Promise<number> {
    if (!this.producer) return 0;
    const expired = await expireDeferredLetters(this.runtime, options);
    // Recorded as pending for the dead-letter topic: published now, or by the next sweep.
    if (expired > 0) await this.publishPendingDeadLetters();
    return expired;
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
      this.runtime.logger.error('consumer crashed', { group: this.options.groupId, error: errorText(payload.error), restart: payload.restart });
      if (!payload.restart && !this.stopping) this.restarting = this.restart(consumer);
    });
    await consumer.connect();
    await consumer.subscribe({ topics: [...this.options.topics], fromBeginning: this.options.fromBeginning ?? true });
    await consumer.run({
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 3,
      eachBatch: (payload) => commitBatch(this.runtime, payload),
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
        this.runtime.logger.error('consumer restart failed', { group: this.options.groupId, error: errorText(error) });
      }
    }
  }

  private pause(ms: number): Promise<void> {
    return Promise.race([
      new Promise<void>((resolve) => setTimeout(resolve, ms).unref()),
      this.stopRequested,
    ]);
  }
}
