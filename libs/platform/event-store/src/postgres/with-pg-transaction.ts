import type { Pool, PoolClient } from 'pg';

/**
 * Runs `work` in a transaction on a connection of the pool: commits when it resolves, rolls back
 * when it throws. A connection that could not even roll back is destroyed, not given back.
 */
export const withPgTransaction = async <T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> => {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {
      broken = true;
    });
    throw error;
  } finally {
    client.release(broken);
  }
};
