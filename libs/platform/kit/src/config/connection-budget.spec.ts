import { connectionBudget, ConnectionBudgetError } from './connection-budget';

const defaults = { DATABASE_POOL_SIZE: 11, DATABASE_POOL_TIMEOUT_MS: 5_000 };

describe('connection budget of a service process', () => {
  it('splits the default 11 of a service with one projection and a relay: 5 dedicated, event store 3, read models 2, key store 1', () => {
    expect(connectionBudget(defaults, { projections: 1, relay: true })).toMatchObject({ total: 11, eventStore: 3, readModels: 2, keyStore: 1 });
  });

  it("counts one connection for all the projections' locks: the jury (three projections) gets the same split", () => {
    expect(connectionBudget(defaults, { projections: 3, relay: true })).toMatchObject({ eventStore: 3, readModels: 2, keyStore: 1, dedicated: { projectionLocks: 1 } });
    expect(connectionBudget(defaults, { projections: 0, relay: false })).toMatchObject({ eventStore: 5, readModels: 2, keyStore: 1, dedicated: { projectionLocks: 0, relayLock: 0 } });
  });

  it('keeps explicit sizes and refuses a sum over the total, naming DATABASE_POOL_SIZE and what it must hold', () => {
    expect(connectionBudget({ ...defaults, DATABASE_POOL_SIZE: 30, EVENT_STORE_POOL_SIZE: 10 }, { projections: 1, relay: true })).toMatchObject({ eventStore: 10, readModels: 2, keyStore: 1 });
    expect(() => connectionBudget({ ...defaults, EVENT_STORE_POOL_SIZE: 10 }, { projections: 1, relay: true })).toThrow(ConnectionBudgetError);
    expect(() => connectionBudget({ ...defaults, DATABASE_POOL_SIZE: 6 }, { projections: 3, relay: true })).toThrow(/DATABASE_POOL_SIZE: 6 cannot hold this service's connections: 5 dedicated/);
  });
});
