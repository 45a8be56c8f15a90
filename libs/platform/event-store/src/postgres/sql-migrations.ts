import type { Pool } from 'pg';
import { withPgTransaction } from './with-pg-transaction';

/** One versioned step of a schema; applied once, in version order. Never edit an applied one. */
export interface SqlMigration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** Keys of the transaction-scoped advisory lock that serialises concurrent migrations of one schema. */
const MIGRATION_LOCK_CLASS = 0x7e5e_0001;

const lockKeyOf = (schema: string): number => {
  let hash = 0;
  for (let i = 0; i < schema.length; i += 1) hash = (Math.imul(hash, 31) + schema.charCodeAt(i)) | 0;
  return hash;
};

const SCHEMA = /^[a-z_][a-z0-9_]{0,40}$/;

/**
 * Brings a PostgreSQL schema up to date: applies, in one transaction under an advisory lock, every
 * migration not yet recorded in `<schema>.schema_migrations`. Safe to call from several processes
 * at once, and again at every start. Returns the versions it applied. The event store, the
 * messaging tables and the projection runner each own one schema and migrate it this way.
 */
export const runSqlMigrations = async (pool: Pool, schema: string, migrations: readonly SqlMigration[]): Promise<number[]> => {
  if (!SCHEMA.test(schema)) throw new Error(`Invalid schema name "${schema}": use [a-z_][a-z0-9_]*`);
  return withPgTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1, $2)', [MIGRATION_LOCK_CLASS, lockKeyOf(schema)]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS "${schema}".schema_migrations (
         version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const { rows } = await client.query<{ version: number }>(`SELECT version FROM "${schema}".schema_migrations`);
    const applied = new Set(rows.map((row) => row.version));
    const pending = [...migrations].sort((a, b) => a.version - b.version).filter((m) => !applied.has(m.version));
    for (const migration of pending) {
      await client.query(migration.sql);
      await client.query(`INSERT INTO "${schema}".schema_migrations (version, name) VALUES ($1, $2)`, [migration.version, migration.name]);
    }
    return pending.map((m) => m.version);
  });
};
