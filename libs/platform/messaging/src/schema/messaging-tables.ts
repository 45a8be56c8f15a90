import type { Pool, PoolClient, Client } from 'pg';

/** Where a relay resumes: the global position of the last event Kafka acknowledged. */
export const RELAY_CHECKPOINT_TABLE = 'messaging_relay_checkpoint';
/** Event ids a consumer has applied (or dead-lettered), recorded with the effect. */
export const INBOX_TABLE = 'messaging_inbox';

// Serialises concurrent migrations of several replicas (CREATE TABLE IF NOT EXISTS can race).
const migrationLockKey = 'titrepro.messaging.migrate';

const statements = [
  `CREATE TABLE IF NOT EXISTS ${RELAY_CHECKPOINT_TABLE} (
     relay text PRIMARY KEY,
     position bigint NOT NULL,
     updated_at timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE TABLE IF NOT EXISTS ${INBOX_TABLE} (
     consumer text NOT NULL,
     event_id text NOT NULL,
     event_type text,
     topic text NOT NULL,
     partition integer NOT NULL,
     "offset" bigint NOT NULL,
     outcome text NOT NULL CHECK (outcome IN ('handled', 'dead-lettered')),
     recorded_at timestamptz NOT NULL DEFAULT now(),
     PRIMARY KEY (consumer, event_id)
   )`,
];

/** Creates the relay checkpoint and inbox tables in the service's database (idempotent). */
export const migrateMessagingTables = async (database: Pool | PoolClient | Client): Promise<void> => {
  const client = 'totalCount' in database ? await database.connect() : database;
  try {
    await client.query('BEGIN');
    await client.query("SELECT pg_advisory_xact_lock(hashtext('titrepro.messaging'), hashtext($1))", [migrationLockKey]);
    for (const statement of statements) await client.query(statement);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    if (client !== database) (client as PoolClient).release();
  }
};
