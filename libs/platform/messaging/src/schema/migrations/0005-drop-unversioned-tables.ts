import type { SqlMigration } from '@titrepro/event-store';

/**
 * The unversioned tables migration 2 copied from (`messaging_relay_checkpoint`, `messaging_inbox`),
 * unused since: dropped, found through the search path as migration 2 found them. Migration 2 has
 * committed before this runs, so their rows are in the `messaging` schema already.
 */
export const dropUnversionedTables: SqlMigration = {
  version: 5,
  name: 'drop the unversioned tables',
  sql: `DROP TABLE IF EXISTS messaging_relay_checkpoint, messaging_inbox;`,
};
