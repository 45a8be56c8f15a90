import type { Pool, PoolClient } from 'pg';
import { IDEMPOTENCY_TABLE } from '../event-store/kit-migrations';

export interface IdempotencyRecord {
  readonly fingerprint: string;
  readonly status: number;
  readonly response: unknown;
}

/**
 * Claims a key inside the caller's transaction. A concurrent claim of the same key waits on the
 * unique index until the first transaction ends, then finds its row: requests with one key run one
 * at a time, and the second sees the first one's answer.
 */
export const claimKey = async (client: PoolClient, scope: string, key: string, fingerprint: string): Promise<boolean> => {
  const { rowCount } = await client.query(
    `INSERT INTO ${IDEMPOTENCY_TABLE} (scope, key, fingerprint, status) VALUES ($1, $2, $3, 0) ON CONFLICT (scope, key) DO NOTHING`,
    [scope, key, fingerprint],
  );
  return rowCount === 1;
};

export const recordAnswer = async (client: PoolClient, scope: string, key: string, status: number, response: unknown): Promise<void> => {
  await client.query(`UPDATE ${IDEMPOTENCY_TABLE} SET status = $3, response = $4 WHERE scope = $1 AND key = $2`, [
    scope,
    key,
    status,
    response === undefined ? null : JSON.stringify(response),
  ]);
};

export const findRecord = async (client: Pool | PoolClient, scope: string, key: string): Promise<IdempotencyRecord | undefined> => {
  const { rows } = await client.query<IdempotencyRecord>(`SELECT fingerprint, status, response FROM ${IDEMPOTENCY_TABLE} WHERE scope = $1 AND key = $2`, [
    scope,
    key,
  ]);
  return rows[0];
};
