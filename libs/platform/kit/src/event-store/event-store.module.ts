import { Global, Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { PostgresEventStore, runSqlMigrations } from '@titrepro/event-store';
import { migrateMessagingTables } from '@titrepro/messaging';
import { SERVICE_CONFIG, type ServiceConfig } from '@titrepro/platform-nest';
import { EVENT_STORE } from './event-store.tokens';
import { KIT_SCHEMA, kitMigrations } from './kit-migrations';

/** Closes the store last: projections, relay and consumers stop in onModuleDestroy, before application shutdown. */
@Injectable()
class EventStoreCloser implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: PostgresEventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

/**
 * The service's event store on DATABASE_URL, with every platform schema brought up to date before
 * anything uses it: the store's own, the messaging tables (relay checkpoint, inbox, dead letters)
 * and the kit's (idempotency keys, projection checkpoints, parked events).
 */
@Global()
@Module({})
export class EventStoreModule {
  static forService(): DynamicModule {
    return {
      module: EventStoreModule,
      providers: [
        {
          provide: EVENT_STORE,
          inject: [SERVICE_CONFIG],
          useFactory: async (config: ServiceConfig): Promise<PostgresEventStore> => {
            const store = await PostgresEventStore.create({ connectionString: config.DATABASE_URL });
            await migrateMessagingTables(store.pool);
            await runSqlMigrations(store.pool, KIT_SCHEMA, kitMigrations);
            return store;
          },
        },
        EventStoreCloser,
      ],
      exports: [EVENT_STORE],
    };
  }
}
