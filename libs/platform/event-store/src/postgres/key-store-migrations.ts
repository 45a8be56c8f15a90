import type { Pool } from 'pg';
import type { Migration } from './migrations/migration';
import { schemaNames } from './schema-names';
import { runSqlMigrations } from './sql-migrations';

/** The key store's tables, in a schema of its own in a database apart from any event store. */
const keyTables: Migration = {
  version: 1,
  name: 'subject keys and forgotten subjects',
  sql: ({ q }) => `
CREATE TABLE ${q}subject_keys (
  subject_id text PRIMARY KEY,
  key_id     uuid NOT NULL,
  key        bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Subjects whose keys were destroyed: never keyed again.
CREATE TABLE ${q}forgotten_subjects (
  subject_id   text PRIMARY KEY,
  forgotten_at timestamptz NOT NULL DEFAULT now()
);
`,
};

/** Every key-store migration, in version order. Add new ones at the end; never edit an applied one. */
export const keyStoreMigrations: readonly Migration[] = [keyTables];

/** Brings a key store's schema up to date (see `runSqlMigrations`); returns the versions it applied. */
export const migrateKeyStore = (pool: Pool, schema: string): Promise<number[]> => {
  const names = schemaNames(schema);
  return runSqlMigrations(
    pool,
    schema,
    keyStoreMigrations.map((migration) => ({ version: migration.version, name: migration.name, sql: migration.sql(names) })),
  );
};
