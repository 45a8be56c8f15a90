// Test support only (never exported from index.ts): the testing lib's database helpers.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { createTestDatabase, type TestDatabase } from '@titrepro/testing';
import type { ContractTarget, StoreVariant } from '../contract/contract-target';
import type { EventStore } from '../port/event-store';
import { PostgresEventStore } from './postgres-event-store';

/** A fresh database per suite; every store opened on it is closed, then the database dropped. */
export const postgresContractTarget = (prefix: string): ContractTarget & { database: () => TestDatabase } => {
  let database: TestDatabase | undefined;
  const opened: EventStore[] = [];
  return {
    database: () => {
      if (!database) throw new Error('setup() first');
      return database;
    },
    setup: async () => {
      database = await createTestDatabase(prefix);
    },
    open: async (variant: StoreVariant = {}) => {
      if (!database) throw new Error('setup() first');
      const store = await PostgresEventStore.create({ connectionString: database.url, ...variant, pollIntervalMs: 200 });
      opened.push(store);
      return store;
    },
    teardown: async () => {
      await Promise.all(opened.map((store) => store.close()));
      await database?.drop();
    },
  };
};
