import type { Pool } from 'pg';
import { migrations as allMigrations, type Migration } from './migrations';
import { schemaNames } from './schema-names';
import { runSqlMigrations } from './sql-migrations';

/**
 * Brings the store's schema up to date (see `runSqlMigrations`): every migration not yet recorded in
 * `<schema>.schema_migrations`, under an advisory lock. Returns the versions it applied.
 */
export const migrate = (pool: Pool, schema = 'event_store', migrations: readonly Migration[] = allMigrations): Promise<number[]> => {
  const names = schemaNames(schema);
  return runSqlMigrations(
    pool,
    schema,
    migrations.map((migration) => ({ version: migration.version, name: migration.name, sql: migration.sql(names) })),
  );
};
