import { Global, Inject, Injectable, Logger, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { moveSubjectKeys, PostgresEventStore, PostgresKeyStore, runSqlMigrations } from '@titrepro/event-store';
import { migrateMessagingTables } from '@titrepro/messaging';
import { SERVICE_CONFIG, SERVICE_NAME } from '@titrepro/platform-nest';
import { applicationName, type ConnectionBudget } from '../config/connection-budget';
import { keyStoreSchemaFor } from '../config/key-store-config';
import type { KitConfig } from '../config/kit-config';
import { EVENT_STORE, KEY_STORE } from './event-store.tokens';
import { KeyStoreHealth } from './key-store.health';
import { KIT_SCHEMA, kitMigrations } from './kit-migrations';

const log = new Logger('EventStoreModule');

/** Closes the stores last: projections, relay and consumers stop in onModuleDestroy, before application shutdown. */
@Injectable()
class StoresCloser implements OnApplicationShutdown {
  constructor(
    @Inject(EVENT_STORE) private readonly store: PostgresEventStore,
    @Inject(KEY_STORE) private readonly keyStore: PostgresKeyStore,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
    await this.keyStore.close();
  }
}

/**
 * The service's event store on DATABASE_URL and its key store on KEY_STORE_URL (another database,
 * the service's schema there), with every platform schema brought up to date before anything uses
 * them: the key store's, the store's own, the messaging tables (relay checkpoint, inbox, dead
 * letters) and the kit's (idempotency keys, projection checkpoints, parked events). Keys an earlier
 * version kept in the event store's database are moved to the key store first, at every start.
 */
@Global()
@Module({})
export class EventStoreModule {
  static forService(budget: ConnectionBudget): DynamicModule {
    return {
      module: EventStoreModule,
      providers: [
        {
          provide: KEY_STORE,
          inject: [SERVICE_CONFIG, SERVICE_NAME],
          useFactory: (config: KitConfig, serviceName: string): Promise<PostgresKeyStore> =>
            PostgresKeyStore.create({
              connectionString: config.KEY_STORE_URL,
              schema: keyStoreSchemaFor(config, serviceName),
              poolConfig: { max: budget.keyStore, connectionTimeoutMillis: budget.poolTimeoutMs, application_name: applicationName(serviceName, config.REGION, 'key-store') },
            }),
        },
        {
          provide: EVENT_STORE,
          inject: [SERVICE_CONFIG, KEY_STORE, SERVICE_NAME],
          useFactory: async (config: KitConfig, keyStore: PostgresKeyStore, serviceName: string): Promise<PostgresEventStore> => {
            const store = await PostgresEventStore.create({
              connectionString: config.DATABASE_URL,
              keyStore,
              poolConfig: { max: budget.eventStore, connectionTimeoutMillis: budget.poolTimeoutMs, application_name: applicationName(serviceName, config.REGION, 'event-store') },
            });
            // Before any command runs: a key created now for a subject whose key is still to move would fork it.
            const moved = await moveSubjectKeys(store.pool, keyStore, store.schema);
            if (moved.keys > 0) log.log(`moved ${moved.keys} subject keys from the event store's database to the key store (${keyStore.schema})`);
            await migrateMessagingTables(store.pool);
            await runSqlMigrations(store.pool, KIT_SCHEMA, kitMigrations);
            return store;
          },
        },
        StoresCloser,
        KeyStoreHealth,
      ],
      exports: [EVENT_STORE, KEY_STORE],
    };
  }
}
