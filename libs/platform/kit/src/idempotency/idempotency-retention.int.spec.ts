import { runSqlMigrations } from '@titrepro/event-store';
import { createTestDatabase, type TestDatabase } from '@titrepro/testing';
import { Pool } from 'pg';
import { IDEMPOTENCY_TABLE, KIT_SCHEMA, kitMigrations } from '../event-store/kit-migrations';
import { forgetExpiredIdempotencyKeys } from './idempotency-retention';

describe('Idempotency-Key retention (real PostgreSQL)', () => {
  let database: TestDatabase;
  let pool: Pool;

  beforeAll(async () => {
    database = await createTestDatabase('kit_idempotency_retention');
    pool = new Pool({ connectionString: database.url });
    await runSqlMigrations(pool, KIT_SCHEMA, kitMigrations);
  });

  afterAll(async () => {
    await pool?.end();
    await database?.drop();
  });

  it('forgets the keys older than the retention and keeps the others', async () => {
    const insert = (key: string, age: string) =>
      pool.query(`INSERT INTO ${IDEMPOTENCY_TABLE} (scope, key, fingerprint, status, created_at) VALUES ('officer-1', $1, 'f', 201, now() - $2::interval)`, [key, age]);
    await insert('old', '49 hours');
    await insert('recent', '47 hours');
    await insert('fresh', '1 minute');
    expect(await forgetExpiredIdempotencyKeys(pool, 48)).toBe(1);
    const { rows } = await pool.query<{ key: string }>(`SELECT key FROM ${IDEMPOTENCY_TABLE} ORDER BY key`);
    expect(rows.map((row) => row.key)).toEqual(['fresh', 'recent']);
    expect(await forgetExpiredIdempotencyKeys(pool, 48)).toBe(0);
  });
});
