import { CONTRACTS } from '@titrepro/contracts';
import type { Consumer, Producer } from 'kafkajs';
import { createIdempotentProducer } from '../kafka/idempotent-producer';
import { errorText, silentLogger } from '../messaging-logger';
import { backoffDelay } from './backoff';
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
  /** Why the kafkajs consumer is not running (it could not join its group), while it is retried. */
  private notConsuming: string | undefined;
  private deadLetterTopicsCreated = false;
  private lastCrash: string | undefined;
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
    this.notConsuming = undefined;
    await this.monitor.start();
    // A topic not created yet (UNKNOWN_TOPIC_OR_PARTITION on subscribe), one without a leader yet or a
    // broker away must not fail the service's start: the consumer says why it does not consume
    // (progress, readiness) and retries.
    await this.join().catch((error: unknown) => {
      this.restarting = this.restart(this.consumer, error);
    });
  }

  /** The dead-letter topics, the producer, then the group: each step done once, the failed one retried by restart(). */
  private async join(): Promise<void> {
    if (!this.deadLetterTopicsCreated && (this.options.createDeadLetterTopics ?? true)) await createDeadLetterTopics(this.options.kafka, this.options.topics);
    this.deadLetterTopicsCreated = true;
    if (!this.producer) {
      const producer = createIdempotentProducer(this.options.kafka);
      await producer.connect().catch(async (error: unknown) => {
        await producer.disconnect().catch(() => undefined);
        throw error;
      });
      this.producer = producer;
      // Dead letters recorded but not yet on their topic (a crash between the two): sent now, once.
      await this.publishPendingDeadLetters().catch((error: unknown) => this.runtime.logger.warn('pending dead letters not published yet', { group: this.options.groupId, error: errorText(error) }));
    }
    await this.runConsumer();
  }

  /** The group's real lag (from Kafka, refreshed every monitorIntervalMs) and how long it has been stalled. */
  progress(): ConsumerProgress {
    return this.withConsuming(this.monitor.progress());
  }

  /** Reads the lag from Kafka now. */
  async refreshProgress(): Promise<ConsumerProgress> {
    return this.withConsuming(await this.monitor.refresh());
  }

  private withConsuming(progress: ConsumerProgress): ConsumerProgress {
    return this.notConsuming === undefined ? progress : { ...progress, notConsuming: this.notConsuming };
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
      // kafkajs restarts by itself while the cause lasts (a topic deleted: every few seconds): said once, until the group is joined again.
      const error = errorText(payload.error);
      if (error !== this.lastCrash) this.runtime.logger.error('consumer crashed', { group: this.options.groupId, error, restart: payload.restart });
      this.lastCrash = error;
      if (!payload.restart && !this.stopping) this.restarting = this.restart(consumer, payload.error);
    });
    consumer.on(consumer.events.GROUP_JOIN, () => (this.lastCrash = undefined));
    await consumer.connect();
    await consumer.subscribe({ topics: [...this.options.topics], fromBeginning: this.options.fromBeginning ?? true });
    await consumer.run({
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 3,
      eachBatch: (payload) => commitBatch(this.runtime, payload),
    });
  }

  /** Starts a fresh kafkajs consumer until one runs, with backoff; each new reason is logged once. */
  private async restart(crashed: Consumer | undefined, cause: unknown): Promise<void> {
    const { logger } = this.runtime;
    let reason = errorText(cause);
    this.notConsuming = reason;
    logger.error('consumer not consuming; retrying', { group: this.options.groupId, topics: this.options.topics, error: reason });
    let failures = 0;
    let stale = crashed;
    while (!this.stopping) {
      await stale?.disconnect().catch(() => undefined);
      await this.pause(backoffDelay(++failures, { initialMs: 500, maxMs: 10_000, factor: 2 }));
      if (this.stopping) return;
      try {
        await this.join();
        this.notConsuming = undefined;
        logger.info('consumer consuming again', { group: this.options.groupId });
        return;
      } catch (error) {
        stale = this.consumer;
        if (errorText(error) !== reason) {
          reason = errorText(error);
          this.notConsuming = reason;
          logger.error('consumer not consuming; retrying', { group: this.options.groupId, topics: this.options.topics, error: reason });
        }
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
