import { Inject, Injectable, Module, type DynamicModule, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { BoundedContext } from '@titrepro/contracts';
import type { PostgresEventStore } from '@titrepro/event-store';
import { createKafka, Relay, type EventMapper } from '@titrepro/messaging';
import { SERVICE_CONFIG, SERVICE_NAME } from '@titrepro/platform-nest';
import type { KitConfig } from '../config/kit-config';
import { EVENT_STORE } from '../event-store/event-store.tokens';

/** What a service publishes: its bounded context, the stream category, its mapping to contracts. */
export interface RelayDefinition {
  readonly context: BoundedContext;
  readonly category: string;
  readonly map: EventMapper;
}

const RELAY_DEFINITION = Symbol('RELAY_DEFINITION');

/** The service's relay (event store → Kafka), running while the app runs when RELAY_ENABLED. */
@Injectable()
export class ServiceRelay implements OnApplicationBootstrap, OnModuleDestroy {
  readonly relay: Relay | undefined;

  constructor(
    @Inject(RELAY_DEFINITION) definition: RelayDefinition,
    @Inject(EVENT_STORE) store: PostgresEventStore,
    @Inject(SERVICE_CONFIG) config: KitConfig,
    @Inject(SERVICE_NAME) serviceName: string,
  ) {
    if (!config.RELAY_ENABLED) return;
    this.relay = new Relay({
      name: serviceName,
      eventStore: store,
      database: config.DATABASE_URL,
      kafka: createKafka({ brokers: config.KAFKA_BROKERS, clientId: `${serviceName}-${config.REGION}` }),
      map: definition.map,
      category: definition.category,
      source: `titrepro.${definition.context}/${config.REGION}`,
      topicOf: (contract) => `${config.KAFKA_TOPIC_PREFIX}${contract.topic}`,
      // The store's committed head, so relay lag on /metrics counts events not yet read as well.
      headPosition: () => store.stablePosition(),
    });
  }

  onApplicationBootstrap(): void {
    this.relay?.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.relay?.stop();
  }
}

@Module({})
export class RelayModule {
  static forService(definition: RelayDefinition): DynamicModule {
    return {
      module: RelayModule,
      providers: [{ provide: RELAY_DEFINITION, useValue: definition }, ServiceRelay],
      exports: [ServiceRelay],
    };
  }
}
