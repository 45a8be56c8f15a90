import { Pool, type PoolConfig } from 'pg';

/**
 * A pool a store owns (the event store's, the key store's). A connection that breaks while idle
 * (server restart, a database dropped by force) is discarded by the pool and replaced on next use;
 * it must not crash the process.
 */
export const ownPool = (connectionString: string, config: Omit<PoolConfig, 'connectionString'> = {}): Pool => {
  const pool = new Pool({ ...config, connectionString });
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
};
