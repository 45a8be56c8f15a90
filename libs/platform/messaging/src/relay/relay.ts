import type { IntegrationContract } from '@titrepro/contracts';
import type { EventStore, RecordedEvent, Subscription } from '@titrepro/event-store';
import type { Kafka, Producer } from 'kafkajs';
import type { ClientConfig, Pool } from 'pg';
import type { Registry } from 'prom-client';
import { ACKS_ALL, createIdempotentProducer } from '../kafka/idempotent-producer';
import { errorText, silentLogger, type MessagingLogger } from '../messaging-logger';
import { relayMetrics } from '../metrics/messaging-metrics';
import { runElected } from '../election/run-elected';
import type { HeldLock } from './advisory-lock';
import type { EventMapper } from './event-mapper';
import { countParkedRelayEvents, firstParkedPosition, loadParkedStreams } from './parked-relay-events';
import { releaseOrphanedParkedEvents } from './release-orphaned-parked-events';
import { PublishBatcher } from './publish-batcher';
import { loadCheckpoint, saveCheckpoint, START_OF_LOG } from './relay-checkpoint';
import { routeEvent, type RoutedEvent } from './route-event';
import { StreamHolds } from './stream-holds';
import { byTopic, toKafkaMessages } from './to-kafka-messages';

export interface RelayOptions {
  /** Names the checkpoint and the lock: one active relay per name. Usually the service name. */
  readonly name: string;
  readonly eventStore: EventStore;
  /** The service's PostgreSQL (checkpoint table; advisory lock on a dedicated connection). */
  readonly database: string | ClientConfig;
  /** A pool of the service's (its event store's), for the rare repair of orphaned parked events; without it, one connection of its own for that pass. */
  readonly pool?: Pool;
  readonly kafka: Kafka;
  /**
   * The service's mapping from domain events to integration events. An event it cannot map (it
   * throws, or its payload fails the contract) is parked with the later events of its stream; see
   * `listParkedRelayEvents` and `retryParkedRelayEvents`.
   */
  readonly map: EventMapper;
  /** Only streams of this category (`<category>-…`). */
  readonly category?: string;
  /** Value of the `source` header, e.g. `titrepro.registry/84`. */
  readonly source?: string;
  /** Topic override (tests); defaults to each contract's topic. */
  readonly topicOf?: (contract: IntegrationContract) => string;
  /** Events per Kafka request and per checkpoint write (default 1000). */
  readonly batchSize?: number;
  /** How long a partial batch waits for more events (default 5 ms). */
  readonly lingerMs?: number;
  /** Full batches allowed to wait for Kafka while the next one fills (default 2). */
  readonly maxBatchesAhead?: number;
  /** How often a follower tries to take the lock (default 1 s). */
  readonly electionIntervalMs?: number;
  /** How often the leader checks its lock connection (default 1 s). */
  readonly keepAliveIntervalMs?: number;
  /** Pause before a failed publishing session restarts from the checkpoint (default 1 s). */
  readonly restartDelayMs?: number;
  /** Upper bound of the producer's wait between retries while a broker is away (default 2 s). */
  readonly producerMaxRetryTimeMs?: number;
  /** The event store's last global position, for the lag metric; without it, lag counts events read but not acknowledged. */
  readonly headPosition?: () => Promise<number>;
  readonly metrics?: Registry;
  readonly logger?: MessagingLogger;
  /** Told whenever this replica becomes leader or follower, or stops. */
  readonly onStateChange?: (state: RelayState) => void;
  /** Told each time the checkpoint moves (after Kafka acknowledged a batch). */
  readonly onCheckpoint?: (position: number) => void;
  /**
   * How often the leader refreshes the parked-events gauge, which an operator's retry lowers from
   * elsewhere, and releases events held behind a head a retry released meanwhile (default 5 s).
   */
  readonly parkedGaugeIntervalMs?: number;
}

export type RelayState = 'stopped' | 'follower' | 'leader';
type SessionOutcome = 'failed' | 'lost' | 'stopped';

/**
 * Publishes a service's events to Kafka: tails the event store from its checkpoint, maps each event
 * to integration events, sends them in batches with an idempotent producer (acks = all, key =
 * candidate id) and moves the checkpoint after Kafka acknowledged each batch. Any number of replicas
 * may run: the one holding the PostgreSQL advisory lock publishes, the others wait to take over.
 * Delivery is at least once; consumers apply each event id once (inbox). An event that cannot be
 * mapped is parked, with the later events of its stream, in the statement that moves the
 * checkpoint past it; the relay goes on with the other streams.
 */
export class Relay {
  private currentState: RelayState = 'stopped';
  private checkpointPosition = START_OF_LOG;
  private seenPosition = START_OF_LOG;
  private loop: Promise<void> | undefined;
  private stopping = false;
  private wakeUp: () => void = () => undefined;
  private stopRequested: Promise<void> = Promise.resolve();
  private readonly logger: MessagingLogger;
  private readonly metrics: ReturnType<typeof relayMetrics>;
  private tending = false;

  constructor(private readonly options: RelayOptions) {
    this.logger = options.logger ?? silentLogger;
    this.metrics = relayMetrics(options.metrics);
  }

  get state(): RelayState {
    return this.currentState;
  }

  /** The last global position Kafka acknowledged, as this replica knows it. */
  get checkpoint(): number {
    return this.checkpointPosition;
  }

  /** Joins the election and, once leader, publishes. Returns at once. */
  start(): void {
    if (this.loop) return;
    this.stopping = false;
    this.stopRequested = new Promise((resolve) => (this.wakeUp = resolve));
    this.setState('follower');
    this.loop = this.run().catch((error: unknown) => {
      this.logger.error('relay stopped on an unexpected error', { relay: this.options.name, error: errorText(error) });
      this.setState('stopped');
    });
  }

  /** Sends what was read, releases the lock and disconnects. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeUp();
    await this.loop;
    this.loop = undefined;
  }

  private async run(): Promise<void> {
    const { name } = this.options;
    try {
      await runElected({
        lock: {
          database: this.options.database,
          key: `titrepro.relay.${name}`,
          keepAliveIntervalMs: this.options.keepAliveIntervalMs ?? 1_000,
          applicationName: `titrepro-relay:${name}`,
        },
        electionIntervalMs: this.options.electionIntervalMs ?? 1_000,
        isStopping: () => this.stopping,
        pause: (ms) => this.pause(ms),
        onLeading: () => {
          this.setState('leader');
          this.logger.info('relay leads', { relay: name });
        },
        onFollowing: (lockLost) => {
          if (lockLost) this.logger.warn('relay lost its lock', { relay: name });
          this.setState('follower');
        },
        session: async (lock) => {
          if ((await this.publish(lock)) !== 'failed') return 0;
          this.metrics.failures.inc({ relay: name });
          return this.options.restartDelayMs ?? 1_000;
        },
      });
    } finally {
      this.setState('stopped');
    }
  }

  /** One publishing session: from the stored checkpoint until a failure, the loss of the lock, or stop. */
  private async publish(lock: HeldLock): Promise<SessionOutcome> {
    const { name } = this.options;
    let producer: Producer | undefined;
    let subscription: Subscription | undefined;
    let batcher: PublishBatcher | undefined;
    let markFailed: (error: unknown) => void = () => undefined;
    const failed = new Promise<unknown>((resolve) => (markFailed = resolve));
    const lagTimer = setInterval(() => void this.updateLag(), 5_000);
    lagTimer.unref();
    let parkedTimer: NodeJS.Timeout | undefined;
    let outcome: SessionOutcome = 'failed';
    try {
      this.checkpointPosition = await loadCheckpoint(lock.client, name);
      this.seenPosition = this.checkpointPosition;
      this.metrics.checkpoint.set({ relay: name }, this.checkpointPosition);
      // Through the lock's connection, like the checkpoint: the parked table is read in the order it is written.
      const holds = new StreamHolds(await loadParkedStreams(lock.client, name), (streamId) => firstParkedPosition(lock.client, name, streamId));
      await this.updateParked(lock);
      const toMessages = (event: RecordedEvent) => toKafkaMessages(event, this.options.map, { source: this.options.source, topicOf: this.options.topicOf });
      const activeProducer = createIdempotentProducer(this.options.kafka, this.options.producerMaxRetryTimeMs);
      producer = activeProducer;
      await activeProducer.connect();
      parkedTimer = setInterval(() => void this.tendParked(lock, activeProducer), this.options.parkedGaugeIntervalMs ?? 5_000);
      parkedTimer.unref();
      const activeBatcher = new PublishBatcher({
        batchSize: this.options.batchSize ?? 1_000,
        lingerMs: this.options.lingerMs ?? 5,
        maxBatchesAhead: this.options.maxBatchesAhead ?? 2,
        onFailure: markFailed,
        route: (event) => {
          this.seenPosition = event.globalPosition;
          const routed = routeEvent(event, holds, toMessages);
          return routed instanceof Promise ? routed.then((decided) => this.logParked(decided)) : this.logParked(routed);
        },
        send: async (messages) => {
          if (messages.length > 0) await activeProducer.sendBatch({ acks: ACKS_ALL, topicMessages: byTopic(messages) });
        },
        checkpoint: async (lastPosition, published, parked) => {
          // Through the lock's connection: a replica that lost the lock cannot move the checkpoint.
          await saveCheckpoint(lock.client, name, lastPosition, parked);
          holds.checkpointed(parked.map((event) => event.streamId));
          if (parked.length > 0) await this.updateParked(lock);
          this.checkpointPosition = lastPosition;
          this.metrics.checkpoint.set({ relay: name }, lastPosition);
          this.metrics.published.inc({ relay: name }, published);
          if (!this.options.headPosition) this.metrics.lag.set({ relay: name }, this.seenPosition - lastPosition);
          this.options.onCheckpoint?.(lastPosition);
        },
      });
      batcher = activeBatcher;
      subscription = this.options.eventStore.subscribe({
        ...(this.checkpointPosition === START_OF_LOG ? {} : { after: this.checkpointPosition }),
        ...(this.options.category ? { category: this.options.category } : {}),
        handler: activeBatcher.add,
        onError: markFailed,
      });
      const ended = await Promise.race([
        failed.then((error) => ({ outcome: 'failed' as const, error })),
        lock.lost.then((error) => ({ outcome: 'lost' as const, error: error as unknown })),
        this.stopRequested.then(() => ({ outcome: 'stopped' as const, error: undefined as unknown })),
      ]);
      outcome = ended.outcome;
      if (outcome === 'failed') this.logger.error('relay session failed; restarting from the checkpoint', { relay: name, error: errorText(ended.error) });
    } catch (error) {
      this.logger.error('relay session could not start', { relay: name, error: errorText(error) });
      outcome = 'failed';
    } finally {
      clearInterval(lagTimer);
      clearInterval(parkedTimer);
      await this.endSession(outcome, subscription, batcher, producer);
    }
    return outcome;
  }

  private async endSession(outcome: SessionOutcome, subscription?: Subscription, batcher?: PublishBatcher, producer?: Producer): Promise<void> {
    if (outcome === 'stopped' && batcher) {
      // Graceful: what was read goes out before the lock is released.
      const drained = batcher.flush().catch(() => undefined);
      await Promise.race([drained, delay(5_000)]);
    }
    batcher?.close();
    // The subscription's handler may wait on a batch that cannot be sent (broker away): do not wait forever.
    await Promise.race([subscription?.stop().catch(() => undefined), delay(2_000)]);
    await Promise.race([batcher?.settled(), delay(outcome === 'stopped' ? 5_000 : 1_000)]);
    await Promise.race([producer?.disconnect().catch(() => undefined), delay(2_000)]);
  }

  private async updateLag(): Promise<void> {
    if (!this.options.headPosition || this.currentState !== 'leader') return;
    try {
      const head = await this.options.headPosition();
      this.metrics.lag.set({ relay: this.options.name }, Math.max(0, head - this.checkpointPosition));
    } catch {
      // A missed sample is not worth failing the relay for.
    }
  }

  private logParked(routed: RoutedEvent): RoutedEvent {
    const { parked } = routed;
    if (parked) {
      const context = { relay: this.options.name, position: parked.globalPosition, streamId: parked.streamId, eventId: parked.eventId, type: parked.eventType };
      if (parked.reason === 'unmappable') this.logger.error('relay parked an event it cannot map; its stream is held', { ...context, error: parked.error });
      else this.logger.warn('relay holds an event behind a parked one', { ...context, heldBehind: parked.heldBehind });
    }
    return routed;
  }

  /** Every parkedGaugeIntervalMs, one pass at a time: releases orphaned parked events (see releaseOrphanedParkedEvents), then samples the gauge. */
  private async tendParked(lock: HeldLock, producer: Producer): Promise<void> {
    if (this.tending) return;
    this.tending = true;
    try {
      await releaseOrphanedParkedEvents(lock, producer, this.options, this.logger);
      await this.updateParked(lock);
    } finally {
      this.tending = false;
    }
  }

  private async updateParked(lock: HeldLock): Promise<void> {
    try {
      this.metrics.parked.set({ relay: this.options.name }, await countParkedRelayEvents(lock.client, this.options.name));
    } catch {
      // A missed sample is not worth failing the relay for.
    }
  }

  private setState(state: RelayState): void {
    if (this.currentState === state) return;
    this.currentState = state;
    this.metrics.leader.set({ relay: this.options.name }, state === 'leader' ? 1 : 0);
    this.options.onStateChange?.(state);
  }

  /** Sleeps, waking early on stop. */
  private pause(ms: number): Promise<void> {
    return Promise.race([delay(ms), this.stopRequested]);
  }
}

const delay = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    timer.unref?.();
  });
