import { createTestDatabase, type TestDatabase } from '@titrepro/testing';
import { Pool } from 'pg';
import { DEAD_LETTERS_TABLE, INBOX_TABLE, migrateMessagingTables, RELAY_CHECKPOINT_TABLE, RELAY_PARKED_EVENTS_TABLE } from './messaging-tables';

describe('messaging tables (real PostgreSQL)', () => {
  const databases: TestDatabase[] = [];
  const pools: Pool[] = [];

  const freshDatabase = async (): Promise<Pool> => {
    const database = await createTestDatabase('messaging_schema');
    databases.push(database);
    const pool = new Pool({ connectionString: database.url, max: 4 });
    pool.on('error', () => undefined);
    pools.push(pool);
    return pool;
  };

  afterAll(async () => {
    for (const pool of pools) await pool.end();
    for (const database of databases) await database.drop();
  });

  it('migrates the messaging schema once, in version order, when several replicas start at once', async () => {
    const pool = await freshDatabase();
    const applied = await Promise.all([migrateMessagingTables(pool), migrateMessagingTables(pool), migrateMessagingTables(pool)]);

    expect(applied.filter((versions) => versions.length > 0)).toEqual([[1, 2, 3, 4, 5, 6, 7]]);
    expect(await migrateMessagingTables(pool)).toEqual([]);
    const { rows } = await pool.query<{ name: string }>(
      "SELECT table_schema || '.' || table_name AS name FROM information_schema.tables WHERE table_schema = 'messaging' ORDER BY 1",
    );
    expect(rows.map((row) => row.name)).toEqual(
      [DEAD_LETTERS_TABLE, INBOX_TABLE, RELAY_CHECKPOINT_TABLE, RELAY_PARKED_EVENTS_TABLE, 'messaging.schema_migrations'].sort(),
    );
  });

  it('keeps the relay positions and the inbox of a database set up before versioned migrations', async () => {
    const pool = await freshDatabase();
    // The tables as the unversioned CREATE TABLE IF NOT EXISTS made them.
    await pool.query(`
      CREATE TABLE messaging_relay_checkpoint (relay text PRIMARY KEY, position bigint NOT NULL, updated_at timestamptz NOT NULL DEFAULT now());
      CREATE TABLE messaging_inbox (
        consumer text NOT NULL, event_id text NOT NULL, event_type text, topic text NOT NULL, partition integer NOT NULL,
        "offset" bigint NOT NULL, outcome text NOT NULL, recorded_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (consumer, event_id));
      INSERT INTO messaging_relay_checkpoint (relay, position) VALUES ('candidate-registry', 4217);
      INSERT INTO messaging_inbox (consumer, event_id, event_type, topic, partition, "offset", outcome)
        VALUES ('jury', 'evt-1', 'CandidateRegistered', 'titrepro.registry.events', 0, 12, 'handled');
    `);
    await migrateMessagingTables(pool);

    expect((await pool.query(`SELECT relay, position FROM ${RELAY_CHECKPOINT_TABLE}`)).rows).toEqual([{ relay: 'candidate-registry', position: '4217' }]);
    expect((await pool.query(`SELECT consumer, event_id, outcome FROM ${INBOX_TABLE}`)).rows).toEqual([{ consumer: 'jury', event_id: 'evt-1', outcome: 'handled' }]);
    // Copied, then dropped: nothing reads them any more.
    expect((await pool.query(`SELECT to_regclass('messaging_relay_checkpoint') AS checkpoint, to_regclass('messaging_inbox') AS inbox`)).rows).toEqual([{ checkpoint: null, inbox: null }]);
  });
});
