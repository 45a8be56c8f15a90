import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { CANDIDATE_STREAM_CATEGORY } from '@titrepro/domain-registry';
import type { PostgresEventStore } from '@titrepro/event-store';
import { createKafka, Relay } from '@titrepro/messaging';
import { SERVICE_CONFIG, SERVICE_NAME } from '@titrepro/platform-nest';
import type { RegistryConfig } from '../config/registry-config';
import { EVENT_STORE } from '../event-store/event-store.provider';
import { mapRegistryEvent } from './registry-integration-events.mapper';

/** Publishes the registry's integration events to Kafka (keyed by candidate id) while the app runs. */
@Injectable()
export class RegistryRelayService implements OnModuleInit, OnModuleDestroy {
  private relay: Relay | undefined;

  constructor(
    @Inject(EVENT_STORE) private readonly store: PostgresEventStore,
    @Inject(SERVICE_CONFIG) private readonly config: RegistryConfig,
    @Inject(SERVICE_NAME) private readonly serviceName: string,
  ) {}

  onModuleInit(): void {
    if (!this.config.RELAY_ENABLED) return;
    const topic = this.config.REGISTRY_EVENTS_TOPIC;
    this.relay = new Relay({
      name: this.serviceName,
      eventStore: this.store,
      database: this.config.DATABASE_URL,
      kafka: createKafka({ brokers: this.config.KAFKA_BROKERS, clientId: `${this.serviceName}-${this.config.REGION}` }),
      map: mapRegistryEvent,
      category: CANDIDATE_STREAM_CATEGORY,
      source: `titrepro.registry/${this.config.REGION}`,
      // The store's committed head, so relay lag on /metrics counts events not yet read as well.
      headPosition: () => this.store.stablePosition(),
      ...(topic ? { topicOf: () => topic } : {}),
    });
    this.relay.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.relay?.stop();
  }
}
