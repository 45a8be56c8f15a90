import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { BoundedContext } from '@titrepro/contracts';
import type { PostgresEventStore } from '@titrepro/event-store';
import {
  countParkedRelayEvents,
  createKafka,
  listParkedRelayEvents,
  Relay,
  retryParkedRelayEvents,
  type EventMapper,
  type ParkedRelayEvent,
  type RelayState,
  type RetryParkedRelayEventsOutcome,
} from '@titrepro/messaging';
import type { Kafka } from 'kafkajs';
import { kafkaClientSecurity, ReadinessChecks, SERVICE_CONFIG, SERVICE_NAME } from '@titrepro/platform-nest';
import type { KitConfig } from '../config/kit-config';
import { EVENT_STORE } from '../event-store/event-store.tokens';
import { nestMessagingLogger } from '../logging/nest-messaging-logger';
import type { ProcessorOperations } from '../operations/processor-operations';

/** What a service publishes: its bounded context, the stream category, its mapping to contracts. */
export interface RelayDefinition {
  readonly context: BoundedContext;
  /** Only streams of this category; every stream when left out (the mapper then says what is published). */
  readonly category?: string;
  readonly map: EventMapper;
}

export const RELAY_DEFINITION = Symbol('RELAY_DEFINITION');

/** The relay's status as its operations and readiness report it. */
export interface RelayStatus {
  readonly relay: string;
  readonly state: RelayState | 'stopped';
  readonly parked: number;
}

/** The service's relay (event store → Kafka), running while the app runs when RELAY_ENABLED. */
@Injectable()
export class ServiceRelay implements OnApplicationBootstrap, OnModuleDestroy {
  readonly relay: Relay | undefined;
  /** What an operator does with it (its routes: RelayOperationsController). */
  readonly operations: ProcessorOperations<RelayStatus, ParkedRelayEvent, RetryParkedRelayEventsOutcome>;
  private readonly kafka: Kafka;
  private readonly source: string;

  constructor(
    @Inject(RELAY_DEFINITION) private readonly definition: RelayDefinition,
    @Inject(EVENT_STORE) readonly store: PostgresEventStore,
    @Inject(SERVICE_CONFIG) private readonly config: KitConfig,
    @Inject(SERVICE_NAME) readonly name: string,
    readiness: ReadinessChecks,
  ) {
    this.kafka = createKafka({ brokers: config.KAFKA_BROKERS, clientId: `${name}-${config.REGION}`, ...kafkaClientSecurity(config) });
    this.source = `titrepro.${definition.context}/${config.REGION}`;
    this.operations = {
      title: 'the relay',
      status: async () => ({ relay: name, state: this.relay?.state ?? 'stopped', parked: await countParkedRelayEvents(store.pool, name) }),
      parked: () => listParkedRelayEvents(store.pool, name),
      retry: async (streamId) => {
        const outcome = await this.retryParked(streamId);
        // Nothing published and nothing left: the stream had no parked event (read under the retry's lock).
        return outcome.published.length === 0 && outcome.stillParked === 0 ? undefined : outcome;
      },
    };
    readiness.register('relay', async () => {
      const { state, parked } = await this.operations.status();
      return { status: parked > 0 ? 'degraded' : 'up', details: { enabled: config.RELAY_ENABLED, state, parked } };
    });
    if (!config.RELAY_ENABLED) return;
    this.relay = new Relay({
      name,
      eventStore: store,
      database: config.DATABASE_URL,
      // Within the service's connection budget: no pool of the relay's own.
      pool: store.pool,
      kafka: this.kafka,
      map: definition.map,
      ...(definition.category === undefined ? {} : { category: definition.category }),
      source: this.source,
      topicOf: (contract) => `${config.KAFKA_TOPIC_PREFIX}${contract.topic}`,
      // The store's committed head, so relay lag on /metrics counts events not yet read as well.
      headPosition: () => store.stablePosition(),
      logger: nestMessagingLogger('Relay'),
    });
  }

  /** The operator's retry of a stream's parked events: mapped again and published in order. */
  retryParked(streamId: string) {
    return retryParkedRelayEvents({
      pool: this.store.pool,
      relay: this.name,
      streamId,
      eventStore: this.store,
      map: this.definition.map,
      source: this.source,
      topicOf: (contract) => `${this.config.KAFKA_TOPIC_PREFIX}${contract.topic}`,
      kafka: this.kafka,
    });
  }

  onApplicationBootstrap(): void {
    this.relay?.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.relay?.stop();
  }
}

