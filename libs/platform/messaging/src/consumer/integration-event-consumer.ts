import { CONTRACTS, type ContractRegistry, type DeadLetterReason } from '@titrepro/contracts';
import { isTransientFailure } from '@titrepro/event-store';
import type { Consumer, EachBatchPayload, Kafka, KafkaMessage, Producer } from 'kafkajs';
import type { Registry } from 'prom-client';
import { createIdempotentProducer } from '../kafka/idempotent-producer';
import { errorText, silentLogger, type MessagingLogger } from '../messaging-logger';
import { consumerMetrics } from '../metrics/messaging-metrics';
import { causationFromEvent } from '../trace/causation';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './backoff';
import { PermanentHandlerError, type IntegrationEventHandler } from './consumed-event';
import { ConsumerLagMonitor, type ConsumerProgress } from './consumer-lag-monitor';
import { publishPendingDeadLetters } from './dead-letter-outbox';
import { createDeadLetterTopics } from './dead-letter-topics';
import { decodeMessage } from './decode-message';
import { expirableDeferredLetters, recordDeferral, recordExpiry } from './deferred-letters';
import { judgeRedelivery, recordInInbox } from './inbox';
import { ConflictingRedeliveryError } from './conflicting-redelivery';
import { contentDigest } from './content-digest';
import { recordRefusal, type Refusal } from './refusal';
import { holdBehind, keysHeldBehindDeadLetters, type ReceivedMessage } from './key-sequence';
import type { SqlExecutor, UnitOfWork } from './unit-of-work';

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
  /**
   * Handler runs failing for a reason of their own before a message goes to the dead-letter topic
   * (default 5). Failures of the environment (isTransientFailure: the database away, out of
   * connections, a deadlock…) are retried with backoff for as long as they last and never count.
   */
  readonly maxAttempts?: number;
  readonly backoff?: BackoffOptions;
  /** Consecutive messages of a partition applied in one transaction (default 50); 1 = one transaction each. */
  readonly messagesPerTransaction?: number;
  /** Partitions handled in parallel; each partition stays in order (default 3). */
  readonly partitionsConsumedConcurrently?: number;
  /** A new group starts at the beginning of the topics (default true). */
  readonly fromBeginning?: boolean;
  /** Creates the `<topic>.dlq` topics when missing (default true). */
  readonly createDeadLetterTopics?: boolean;
  /** How often the real lag is read from Kafka and pending dead letters are published (default 5000 ms). */
  readonly monitorIntervalMs?: number;
  readonly metrics?: Registry;
  readonly logger?: MessagingLogger;
}

/** Within a long batch, resolved offsets are committed at least this often. */
const COMMIT_EVERY_MS = 5_000;

class ConsumerStoppingError extends Error {
  override readonly name = 'ConsumerStoppingError';
}

type Outcome = 'applied' | 'duplicate' | 'held' | 'deferred';

/**
 * Consumes integration events in a consumer group: validates each message against its contract, runs
 * the handler with the inbox record in the same transaction (a redelivery changes nothing), retries
 * transient failures with backoff, and dead-letters what cannot be handled: on `<topic>.dlq` and in
 * the consumer's dead letters (`messaging.dead_letters`). Dead letters are sequenced per key, as
 * Axon's sequenced dead-letter queue: the later messages of a dead-lettered key (a candidate) are
 * held behind it, not applied, until `replayDeadLetters` applies them in order; other keys go on.
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
  private readonly monitor: ConsumerLagMonitor;

  constructor(private readonly options: IntegrationEventConsumerOptions<Tx>) {
    this.name = options.name ?? options.groupId;
    this.contracts = options.contracts ?? CONTRACTS;
    this.logger = options.logger ?? silentLogger;
    this.metrics = consumerMetrics(options.metrics);
    this.monitor = new ConsumerLagMonitor({
      kafka: options.kafka,
      groupId: options.groupId,
      topics: options.topics,
      metrics: this.metrics,
      logger: this.logger,
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
    await this.publishPendingDeadLetters().catch((error: unknown) => this.logger.warn('pending dead letters not published yet', { group: this.options.groupId, error: errorText(error) }));
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
      consumer: this.name,
      producer,
      onPublished: (letter) => this.countPublished(letter.topic, letter.reason),
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
    // The lag metric is Kafka's (high-water mark minus committed offset): ConsumerLagMonitor.
    const done = (message: KafkaMessage) => resolveOffset(message.offset);
    const chunkSize = this.options.messagesPerTransaction ?? 50;
    let index = 0;
    let lastCommit = Date.now();
    while (index < batch.messages.length) {
      if (!isRunning() || isStale() || this.stopping) break;
      // The valid messages that follow, applied together in one transaction.
      const chunk: ReceivedMessage[] = [];
      while (chunk.length < chunkSize && index + chunk.length < batch.messages.length) {
        const message = batch.messages[index + chunk.length] as KafkaMessage;
        const decoded = decodeMessage(message, { topic, partition }, this.contracts);
        if (!decoded.ok) break;
        chunk.push({ message, event: decoded.event });
      }
      const outcome = chunk.length > 1 ? await this.applyChunk(chunk) : { committed: 0, failure: undefined };
      for (const { message } of chunk.slice(0, outcome.committed)) done(message);
      index += outcome.committed;
      if (outcome.committed < Math.max(1, chunk.length)) {
        // An invalid message, a chunk of one, or the message that failed its chunk: alone, with retries.
        const message = batch.messages[index] as KafkaMessage;
        await this.handleMessage(topic, partition, message, heartbeat, outcome.failure);
        done(message);
        index += 1;
      }
      await heartbeat();
      // A long batch commits as it goes: the committed offset is what readiness watches for a stall.
      if (Date.now() - lastCommit >= COMMIT_EVERY_MS) {
        await commitOffsetsIfNecessary();
        lastCommit = Date.now();
      }
    }
    await commitOffsetsIfNecessary();
  }

  /**
   * Applies consecutive messages in one transaction: one commit (one fsync) for many, and one look
   * at the dead letters for all their keys. When one fails, everything rolls back; those before it
   * are applied again together, and the caller takes the failing one alone, its failure counting as
   * the first attempt.
   */
  private async applyChunk(chunk: readonly ReceivedMessage[]): Promise<{ committed: number; failure: { error: unknown } | undefined }> {
    let reached = 0;
    try {
      const outcomes = await this.options.unitOfWork.transaction(async (tx, sql) => {
        const held = await keysHeldBehindDeadLetters(sql, this.name, chunk);
        const decided: Outcome[] = [];
        for (const [position, received] of chunk.entries()) {
          reached = position;
          decided.push(await this.applyOrHold(tx, sql, received, held, 1));
        }
        return decided;
      });
      for (const outcome of outcomes) this.count(outcome);
      return { committed: chunk.length, failure: undefined };
    } catch (error) {
      if (this.stopping) throw new ConsumerStoppingError('stopping; the messages will be redelivered');
      if (reached === 0) return { committed: 0, failure: { error } };
      const rerun = await this.applyChunk(chunk.slice(0, reached));
      return rerun.committed === reached ? { committed: reached, failure: { error } } : rerun;
    }
  }

  /** In the caller's transaction: holds a message of a key with dead letters, or applies it (once: inbox). */
  private async applyOrHold(tx: Tx, sql: SqlExecutor, received: ReceivedMessage, held: Map<string, number>, attempt: number): Promise<Outcome> {
    const { event } = received;
    const head = event.key === undefined ? undefined : held.get(event.key);
    if (head !== undefined) return holdBehind(sql, this.name, received, head);
    const digest = contentDigest(event);
    const fresh = await recordInInbox(sql, { ...this.inboxEntry(event.eventId, event.type, event), outcome: 'handled', contentDigest: digest });
    if (!fresh) {
      // Kafka and the relay send the same content again; the same id with other content is not that.
      if ((await judgeRedelivery(sql, this.name, event.eventId, digest)) === 'conflict') throw new ConflictingRedeliveryError(event.eventId);
      return 'duplicate';
    }
    let deferred = false;
    const defer = async (why: string) => {
      deferred = true;
      await recordDeferral(sql, this.name, received.message, event, why, attempt);
    };
    const keyHeldFromNowOn = (key: string, head: number) => void held.set(key, head);
    await this.options.handler(event, { tx, sql, causation: causationFromEvent(event), attempt, defer, keyHeldFromNowOn });
    return deferred ? 'deferred' : 'applied';
  }

  private async handleMessage(
    topic: string,
    partition: number,
    message: KafkaMessage,
    heartbeat: () => Promise<void>,
    firstFailure?: { error: unknown },
  ): Promise<void> {
    const decoded = decodeMessage(message, { topic, partition }, this.contracts);
    if (!decoded.ok) {
      // Undecodable: nothing vouches for its event id or key, so it is neither looked up nor
      // recorded in the inbox (a forged id must not pass for, or block, a real event); a
      // redelivery is found by its place in the topic.
      const refusal = { reason: decoded.reason, error: decoded.error, attempts: 0, eventId: decoded.eventId, eventType: decoded.eventType, key: undefined, inbox: undefined };
      return this.deadLetter(message, topic, partition, refusal, heartbeat);
    }
    const { event } = decoded;
    const maxAttempts = this.options.maxAttempts ?? 5;
    let failure = firstFailure;
    let runs = failure ? 1 : 0;
    let ownFailures = 0;
    let environmentFailures = 0;
    for (;;) {
      if (failure) {
        if (this.stopping) throw new ConsumerStoppingError(`stopping; ${event.eventId} will be redelivered`);
        if (failure.error instanceof ConflictingRedeliveryError) {
          this.logger.warn('dead-lettering a conflicting redelivery', { group: this.options.groupId, eventId: event.eventId });
          const refusal = { reason: 'conflicting-redelivery', error: failure.error.message, attempts: 0, eventId: event.eventId, eventType: event.type, key: event.key, inbox: undefined } as const;
          return this.deadLetter(message, topic, partition, refusal, heartbeat);
        }
        const permanent = failure.error instanceof PermanentHandlerError ? failure.error : undefined;
        // The environment failing says nothing about the message: retried for as long as it lasts.
        const environment = !permanent && isTransientFailure(failure.error);
        if (environment) environmentFailures += 1;
        else ownFailures += 1;
        if (permanent || ownFailures >= maxAttempts) {
          this.logger.warn('dead-lettering a message its handler could not apply', { group: this.options.groupId, eventId: event.eventId, attempts: runs, error: errorText(failure.error) });
          const refusal = { reason: permanent ? permanent.reason : 'handler-failed', error: errorText(failure.error), attempts: runs, eventId: event.eventId, eventType: event.type, key: event.key, inbox: { contentDigest: contentDigest(event) } } as const;
          return this.deadLetter(message, topic, partition, refusal, heartbeat);
        }
        if (environment && environmentFailures % 10 === 1) {
          this.logger.warn('the environment failed a message; retrying until it recovers', { group: this.options.groupId, eventId: event.eventId, failures: environmentFailures, error: errorText(failure.error) });
        }
        this.metrics.retries.inc({ group: this.options.groupId });
        await this.pause(backoffDelay(environment ? environmentFailures : ownFailures, this.options.backoff ?? DEFAULT_BACKOFF));
        if (this.stopping) throw new ConsumerStoppingError(`stopping; ${event.eventId} will be redelivered`);
        await heartbeat();
      }
      runs += 1;
      try {
        return this.count(await this.apply({ message, event }, runs));
      } catch (error) {
        failure = { error };
      }
    }
  }

  /** One attempt: the key's dead letters looked at, then the inbox record and effect, in one transaction. */
  private apply(received: ReceivedMessage, attempt: number): Promise<Outcome> {
    return this.options.unitOfWork.transaction(async (tx, sql) =>
      this.applyOrHold(tx, sql, received, await keysHeldBehindDeadLetters(sql, this.name, [received]), attempt),
    );
  }

  /**
   * Records the refused message (in the table first: the outbox of `<topic>.dlq`), then publishes it
   * on the dead-letter topic and marks it so. A redelivery finds it recorded and published, and sends
   * nothing. Each step is retried with backoff until it holds: the message must not be lost, and a
   * failure here (the database away) must not make kafkajs redeliver the batch in a storm.
   */
  private async deadLetter(message: KafkaMessage, topic: string, partition: number, refusal: Refusal, heartbeat: () => Promise<void>): Promise<void> {
    await this.untilDone('recording a dead letter', heartbeat, () =>
      this.options.unitOfWork.transaction((_tx, sql) => recordRefusal(sql, this.name, message, { topic, partition }, refusal)),
    );
    this.count('dead-lettered');
    await this.untilDone('publishing a dead letter', heartbeat, async () => {
      const producer = this.producer;
      if (!producer) throw new ConsumerStoppingError('no producer');
      await publishPendingDeadLetters({
        unitOfWork: this.options.unitOfWork as UnitOfWork<unknown>,
        consumer: this.name,
        producer,
        only: { topic, partition, offset: message.offset },
        original: message,
        onPublished: (published) => this.countPublished(published.topic, published.reason),
      });
    });
  }

  /** Retries `work` with backoff until it succeeds, or the consumer stops (then the message is redelivered). */
  private async untilDone(what: string, heartbeat: () => Promise<void>, work: () => Promise<void>): Promise<void> {
    for (let failures = 1; ; failures += 1) {
      try {
        return await work();
      } catch (error) {
        if (this.stopping || error instanceof ConsumerStoppingError) throw new ConsumerStoppingError(`stopping while ${what}; the message will be redelivered`);
        this.logger.error(`${what} failed; retrying`, { group: this.options.groupId, failures, error: errorText(error) });
        await this.pause(backoffDelay(failures, this.options.backoff ?? DEFAULT_BACKOFF));
        if (this.stopping) throw new ConsumerStoppingError(`stopping while ${what}; the message will be redelivered`);
        await heartbeat();
      }
    }
  }

  private countPublished(topic: string, reason: string): void {
    this.metrics.deadLettered.inc({ group: this.options.groupId, topic, reason });
  }

  /**
   * Deferred messages never readmitted within `olderThanMs` become real dead letters under `reason`:
   * on `<topic>.dlq` and in the consumer's dead letters, the deferral's text kept. Skips keys with a
   * dead letter awaiting replay, which may yet bring what they wait for. Safe beside other replicas
   * (rows are locked and skipped); a crash after the send repeats it on the dead-letter topic.
   * Returns how many expired.
   */
  async expireDeferred(options: { readonly olderThanMs: number; readonly reason: DeadLetterReason; readonly limit?: number }): Promise<number> {
    if (!this.producer) return 0;
    const expired = await this.options.unitOfWork.transaction(async (_tx, sql) => {
      const letters = await expirableDeferredLetters(sql, this.name, new Date(Date.now() - options.olderThanMs), options.limit ?? 100);
      for (const letter of letters) {
        const error = `${letter.error} (still so ${Math.round(options.olderThanMs / 1000)} s after it arrived)`;
        await recordExpiry(sql, this.name, letter, options.reason, error);
        this.logger.warn('a deferred message expired into a dead letter', { group: this.options.groupId, eventId: letter.eventId, reason: options.reason, error });
      }
      return letters.length;
    });
    // Recorded as pending for the dead-letter topic: published now, or by the next sweep.
    if (expired > 0) await this.publishPendingDeadLetters();
    return expired;
  }

  private inboxEntry(eventId: string, eventType: string | undefined, where: { topic: string; partition: number; offset: string }) {
    return { consumer: this.name, eventId, eventType, topic: where.topic, partition: where.partition, offset: where.offset };
  }

  private count(outcome: Outcome | 'dead-lettered'): void {
    this.metrics.handled.inc({ group: this.options.groupId, outcome });
  }

  private pause(ms: number): Promise<void> {
    return Promise.race([
      new Promise<void>((resolve) => setTimeout(resolve, ms).unref()),
      this.stopRequested,
    ]);
  }
}
