import { Inject, Injectable, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import { PostgresEventStore } from '@titrepro/event-store';
import { migrateMessagingTables } from '@titrepro/messaging';
import { SERVICE_CONFIG } from '@titrepro/platform-nest';
import type { RegistryConfig } from '../config/registry-config';

/** DI token of the registry's PostgresEventStore (schema `event_store`, keys in its `subject_keys`). */
export const EVENT_STORE = Symbol('EVENT_STORE');

/** Opens the store (running its migrations) and the relay's tables in the service database. */
export const eventStoreProvider: Provider = {
  provide: EVENT_STORE,
  inject: [SERVICE_CONFIG],
  useFactory: async (config: RegistryConfig): Promise<PostgresEventStore> => {
    const store = await PostgresEventStore.create({ connectionString: config.DATABASE_URL });
    await migrateMessagingTables(store.pool);
    return store;
  },
};

/** Closes the store last: projector and relay stop in onModuleDestroy, before application shutdown. */
@Injectable()
export class EventStoreCloser implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: PostgresEventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
