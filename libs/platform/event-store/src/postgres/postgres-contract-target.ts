// Test support only (never exported from index.ts): the testing lib's database helpers.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { createTestDatabase, type TestDatabase } from '@titrepro/testing';
import type { ContractTarget, StoreVariant } from '../contract/contract-target';
import type { EventStore } from '../port/event-store';
import { PostgresEventStore } from './postgres-event-store';
import { PostgresKeyStore } from './postgres-key-store';

export interface PostgresContractTarget extends ContractTarget {
  /** The events' database. */
  readonly database: () => TestDatabase;
  /** The subject keys' database: another one, as in production. */
  readonly keyDatabase: () => TestDatabase;
  readonly keyStore: () => PostgresKeyStore;
}

/**
 * A fresh database per suite for the events and another for the keys; every store opened on them
 * shares one key store. Teardown closes them all, then drops both databases.
 */
export const postgresContractTarget = (prefix: string): PostgresContractTarget => {
  let databases: { events: TestDatabase; keys: TestDatabase; keyStore: PostgresKeyStore } | undefined;
  const opened: EventStore[] = [];
  const ready = () => {
    if (!databases) throw new Error('setup() first');
    return databases;
  };
  return {
    database: () => ready().events,
    keyDatabase: () => ready().keys,
    keyStore: () => ready().keyStore,
    setup: async () => {
      const events = await createTestDatabase(prefix);
      const keys = await createTestDatabase(`${prefix}_keys`);
      databases = { events, keys, keyStore: await PostgresKeyStore.create({ connectionString: keys.url }) };
    },
    open: async (variant: StoreVariant = {}) => {
      const { events, keyStore } = ready();
      const store = await PostgresEventStore.create({ connectionString: events.url, keyStore, ...variant, pollIntervalMs: 200 });
      opened.push(store);
      return store;
    },
    teardown: async () => {
      await Promise.all(opened.map((store) => store.close()));
      await databases?.keyStore.close();
      await databases?.events.drop();
      await databases?.keys.drop();
    },
  };
};
