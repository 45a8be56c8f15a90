import type { ContractTarget, StoreVariant } from '../contract/contract-target';
import { InMemoryEventStore } from './in-memory-event-store';
import { InMemoryKeyStore } from './in-memory-key-store';
import { InMemoryLog } from './in-memory-log';

/** One log and one key store per suite; every store opened shares them (variants share the data). */
export const inMemoryContractTarget = (): ContractTarget => {
  let shared: { log: InMemoryLog; keyStore: InMemoryKeyStore } | undefined;
  const opened: InMemoryEventStore[] = [];
  return {
    setup: async () => {
      shared = { log: new InMemoryLog(), keyStore: new InMemoryKeyStore() };
    },
    open: async (variant: StoreVariant = {}) => {
      if (!shared) throw new Error('setup() first');
      const store = new InMemoryEventStore({ ...shared, ...variant });
      opened.push(store);
      return store;
    },
    teardown: async () => {
      await Promise.all(opened.map((store) => store.close()));
    },
  };
};
