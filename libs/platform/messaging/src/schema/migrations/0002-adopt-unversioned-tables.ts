import type { SqlMigration } from '@titrepro/event-store';

/**
 * Before versioned migrations, the tables were `messaging_relay_checkpoint` and `messaging_inbox`,
 * created unqualified (hence looked up through the search path here too). A database that has them
 * keeps its relay positions and inbox: without them the relay would publish everything again and
 * the consumers would apply it again. Migration 5 drops the old tables.
 */
export const adoptUnversionedTables: SqlMigration = {
  version: 2,
  name: 'adopt the unversioned tables',
  sql: `
    DO $$
    BEGIN
      IF to_regclass('messaging_relay_checkpoint') IS NOT NULL THEN
        INSERT INTO messaging.relay_checkpoints (relay, position, updated_at)
        SELECT relay, position, updated_at FROM messaging_relay_checkpoint
        ON CONFLICT (relay) DO NOTHING;
      END IF;
      IF to_regclass('messaging_inbox') IS NOT NULL THEN
        INSERT INTO messaging.inbox (consumer, event_id, event_type, topic, partition, "offset", outcome, recorded_at)
        SELECT consumer, event_id, event_type, topic, partition, "offset", outcome, recorded_at FROM messaging_inbox
        ON CONFLICT (consumer, event_id) DO NOTHING;
      END IF;
    END
    $$;
  `,
};
