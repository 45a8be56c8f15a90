import type { Pool, PoolClient } from 'pg';

/**
 * Runs `work` in a transaction on a connection of the pool: commits when it resolves, rolls back
 * when it throws. A connection that could not even roll back is destroyed, not given back. A
 * connection lost meanwhile (the server restarting, pg_terminate_backend) fails the query in hand;
 * the client's own `error` event is listened to, or it would crash the process.
 */
export const withPgTransaction = async <T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> => {
  const client = await pool.connect();
  let broken = false;
  const lost = () => void (broken = true);
  client.on('error', lost);
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
    client.removeListener('error', lost);
    client.release(broken);
  }
};
