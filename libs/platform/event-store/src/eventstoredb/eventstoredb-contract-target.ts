// Test support only (never exported from index.ts): the testing lib's database helpers.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { createTestDatabase, type TestDatabase } from '@titrepro/testing';
import type { ContractTarget, StoreVariant } from '../contract/contract-target';
import type { EventStore } from '../port/event-store';
import { PostgresKeyStore } from '../postgres/postgres-key-store';
import { EventStoreDbEventStore } from './eventstoredb-event-store';

/**
 * EventStoreDB at `connectionString`; subject keys in a fresh PostgreSQL database (the key table is
 * the only thing EventStoreDB cannot hold: it must be deletable for good).
 */
export const eventStoreDbContractTarget = (connectionString: string): ContractTarget => {
  let database: TestDatabase | undefined;
  let keyStore: PostgresKeyStore | undefined;
  const opened: EventStore[] = [];
  return {
    setup: async () => {
      database = await createTestDatabase('es_esdb_keys');
      keyStore = await PostgresKeyStore.create({ connectionString: database.url });
    },
    open: async (variant: StoreVariant = {}) => {
      if (!keyStore) throw new Error('setup() first');
      const store = EventStoreDbEventStore.create({ connectionString, keyStore, ...variant });
      opened.push(store);
      return store;
    },
    teardown: async () => {
      await Promise.all(opened.map((store) => store.close()));
      await keyStore?.close();
      await database?.drop();
    },
  };
};
