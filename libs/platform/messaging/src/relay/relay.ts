import type { IntegrationContract } from '@titrepro/contracts';
import type { EventStore, RecordedEvent } from '@titrepro/event-store';
import type { Kafka } from 'kafkajs';
import type { ClientConfig, Pool } from 'pg';
import type { Registry } from 'prom-client';
import { ACKS_ALL, createIdempotentProducer } from '../kafka/idempotent-producer';
import { silentLogger, type MessagingLogger } from '../messaging-logger';
import { relayMetrics } from '../metrics/messaging-metrics';
import { delay } from '../processor/delay';
import { LogProcessor, type ProcessorSession, type ProcessorState } from '../processor/log-processor';
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

export type RelayState = ProcessorState;

/**
 * Publishes a service's events to Kafka: tails the event store from its checkpoint, maps each event
 * to integration events, sends them in batches with an idempotent producer (acks = all, key =
 * candidate id) and moves the checkpoint after Kafka acknowledged each batch. A declaration on the
 * LogProcessor: any number of replicas may run, the one holding the PostgreSQL advisory lock
 * publishes, the others wait to take over. Delivery is at least once; consumers apply each event id
 * once (inbox). An event that cannot be mapped is parked, with the later events of its stream, in
 * the statement that moves the checkpoint past it; the relay goes on with the other streams.
 */
export class Relay {
  private checkpointPosition = START_OF_LOG;
  private seenPosition = START_OF_LOG;
  private readonly logger: MessagingLogger;
  private readonly metrics: ReturnType<typeof relayMetrics>;
  private readonly processor: LogProcessor;

  constructor(private readonly options: RelayOptions) {
    this.logger = options.logger ?? silentLogger;
    this.metrics = relayMetrics(options.metrics);
    this.processor = new LogProcessor(
      {
        kind: 'relay',
        name: options.name,
        ...(options.category ? { category: options.category } : {}),
        open: (lock, fail) => this.open(lock, fail),
      },
      {
        store: options.eventStore,
        database: options.database,
        keepAliveIntervalMs: options.keepAliveIntervalMs ?? 1_000,
        electionIntervalMs: options.electionIntervalMs ?? 1_000,
        restartDelay: () => options.restartDelayMs ?? 1_000,
        // The subscription's handler may wait on a batch that cannot be sent (broker away): do not wait forever.
        unsubscribeTimeoutMs: 2_000,
        ...(options.metrics ? { metrics: options.metrics } : {}),
        logger: this.logger,
        ...(options.onStateChange ? { onStateChange: options.onStateChange } : {}),
      },
    );
  }

  get state(): RelayState {
    return this.processor.state;
  }

  /** The last global position Kafka acknowledged, as this replica knows it. */
  get checkpoint(): number {
    return this.checkpointPosition;
  }

  /** Joins the election and, once leader, publishes. Returns at once. */
  start(): void {
    this.processor.start();
  }

  /** Sends what was read, releases the lock and disconnects. */
  stop(): Promise<void> {
    return this.processor.stop();
  }

  /** One publishing session, from the stored checkpoint. */
  private async open(lock: HeldLock, fail: (error: unknown) => void): Promise<ProcessorSession> {
    const { name } = this.options;
    this.checkpointPosition = await loadCheckpoint(lock.client, name);
    this.seenPosition = this.checkpointPosition;
    this.metrics.checkpoint.set({ relay: name }, this.checkpointPosition);
    // Through the lock's connection, like the checkpoint: the parked table is read in the order it is written.
    const holds = new StreamHolds(await loadParkedStreams(lock.client, name), (streamId) => firstParkedPosition(lock.client, name, streamId));
    await this.updateParked(lock);
    const toMessages = (event: RecordedEvent) => toKafkaMessages(event, this.options.map, { source: this.options.source, topicOf: this.options.topicOf });
    const producer = createIdempotentProducer(this.options.kafka, this.options.producerMaxRetryTimeMs);
    const disconnect = () => Promise.race([producer.disconnect().catch(() => undefined), delay(2_000)]);
    try {
      await producer.connect();
    } catch (error) {
      await disconnect();
      throw error;
    }
    const batcher = new PublishBatcher({
      batchSize: this.options.batchSize ?? 1_000,
      lingerMs: this.options.lingerMs ?? 5,
      maxBatchesAhead: this.options.maxBatchesAhead ?? 2,
      onFailure: fail,
      route: (event) => {
        this.seenPosition = event.globalPosition;
        const routed = routeEvent(event, holds, toMessages);
        return routed instanceof Promise ? routed.then((decided) => this.logParked(decided)) : this.logParked(routed);
      },
      send: async (messages) => {
        if (messages.length > 0) await producer.sendBatch({ acks: ACKS_ALL, topicMessages: byTopic(messages) });
      },
      checkpoint: async (lastPosition, published, parked) => {
        // Through the lock's connection: a replica that lost the lock cannot move the checkpoint.
        await saveCheckpoint(lock.client, name, lastPosition, parked);
        holds.checkpointed(parked.map((event) => event.streamId));
        if (parked.length > 0) await this.updateParked(lock);
        this.checkpointPosition = lastPosition;
        this.processor.progressed();
        this.metrics.checkpoint.set({ relay: name }, lastPosition);
        this.metrics.published.inc({ relay: name }, published);
        if (!this.options.headPosition) this.metrics.lag.set({ relay: name }, this.seenPosition - lastPosition);
        this.options.onCheckpoint?.(lastPosition);
      },
    });
    return {
      ...(this.checkpointPosition === START_OF_LOG ? {} : { after: this.checkpointPosition }),
      delivery: { handler: batcher.add },
      tasks: [
        { everyMs: 5_000, run: () => this.updateLag() },
        // Releases orphaned parked events (see releaseOrphanedParkedEvents), then samples the gauge an operator's retry lowers from elsewhere.
        {
          everyMs: this.options.parkedGaugeIntervalMs ?? 5_000,
          run: async () => {
            await releaseOrphanedParkedEvents(lock, producer, this.options, this.logger);
            await this.updateParked(lock);
          },
        },
      ],
      beforeUnsubscribe: async (outcome) => {
        // Graceful: what was read goes out before the lock is released.
        if (outcome === 'stopped') await Promise.race([batcher.flush().catch(() => undefined), delay(5_000)]);
        batcher.close();
      },
      close: async (outcome) => {
        await Promise.race([batcher.settled(), delay(outcome === 'stopped' ? 5_000 : 1_000)]);
        await disconnect();
      },
    };
  }

  private async updateLag(): Promise<void> {
    if (!this.options.headPosition || this.processor.state !== 'leader') return;
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

  private async updateParked(lock: HeldLock): Promise<void> {
    try {
      this.metrics.parked.set({ relay: this.options.name }, await countParkedRelayEvents(lock.client, this.options.name));
    } catch {
      // A missed sample is not worth failing the relay for.
    }
  }
}
