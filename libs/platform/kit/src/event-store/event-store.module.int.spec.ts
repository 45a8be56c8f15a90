import { connectionBudget } from '../config/connection-budget';
import { migrateEventStore, SubjectForgottenError, type PostgresEventStore, type PostgresKeyStore } from '@titrepro/event-store';
import { ConfigError } from '@titrepro/platform-nest';
import { createTestDatabase, postgresAdminUrl, type TestDatabase } from '@titrepro/testing';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { queryDatabase, startService } from '../testing/start-service';
import { EventStoreModule } from './event-store.module';
import { EVENT_STORE, KEY_STORE } from './event-store.tokens';
import { kitProbe } from '../testing/kit-probe';

// A probe service with only the kit's stores: its keys go to schema `kit_key_probe` of the key database.
const probe = kitProbe({
  name: 'kit-key-probe',
  description: 'Holds personal data.',
  modules: (config) => [EventStoreModule.forService(connectionBudget(config, { projections: 0, relay: false }))],
});

const personalEvent = (subjectId: string) => ({
  eventId: randomUUID(),
  type: 'Registered',
  schemaVersion: 1,
  data: { name: 'Maëlys Le Goff' },
  metadata: { correlationId: randomUUID(), causationId: null, actor: { subject: 'o', role: 'regional-officer' }, region: 'idf', occurredAt: new Date().toISOString() },
  personal: { subjectId, fields: ['name'] },
});

const databasesNamed = async (prefix: string): Promise<string[]> =>
  (await queryDatabase<{ datname: string }>(postgresAdminUrl(), 'SELECT datname FROM pg_database WHERE datname LIKE $1', [`${prefix}%`])).map((row) => row.datname);

describe('EventStoreModule: subject keys in a key database of their own (real PostgreSQL)', () => {
  it('seals under keys kept in the key database, in the service’s schema there, none in the event store’s; close() drops both databases', async () => {
    const service = await startService(probe, { region: 'idf' });
    const { database, keyDatabase } = service;
    try {
      const store = service.app.get<PostgresEventStore>(EVENT_STORE);
      const keyStore = service.app.get<PostgresKeyStore>(KEY_STORE);
      expect(keyStore.schema).toBe('kit_key_probe');
      await store.appendToStream(`person-${randomUUID()}`, [personalEvent('subject-1')]);
      expect(await queryDatabase(keyDatabase.url, 'SELECT subject_id FROM kit_key_probe.subject_keys')).toEqual([{ subject_id: 'subject-1' }]);
      expect(await service.query('SELECT subject_id FROM event_store.subject_keys')).toEqual([]);
      const ready = await service.http().get('/health/ready');
      expect(ready.body.checks['key-store']).toEqual({ status: 'up' });
    } finally {
      await service.close();
    }
    expect(await databasesNamed(database.name)).toEqual([]);
    expect(await databasesNamed(keyDatabase.name)).toEqual([]);
  });

  describe('with databases an earlier version used', () => {
    let database: TestDatabase;
    let keyDatabase: TestDatabase;

    beforeAll(async () => {
      database = await createTestDatabase('kit_key_probe_earlier');
      keyDatabase = await createTestDatabase('kit_key_probe_earlier_keys');
    });
    afterAll(async () => {
      await database?.drop();
      await keyDatabase?.drop();
    });

    it('moves the keys left in the event store’s database at start, at every start, and leaves the shared databases to their owner', async () => {
      const pool = new Pool({ connectionString: database.url });
      try {
        await migrateEventStore(pool);
        await pool.query(`INSERT INTO event_store.subject_keys (subject_id, key_id, key) VALUES ('kept', $1, $2)`, [randomUUID(), Buffer.alloc(32, 7)]);
        await pool.query(`INSERT INTO event_store.forgotten_subjects (subject_id) VALUES ('gone')`);
      } finally {
        await pool.end();
      }
      for (let start = 0; start < 2; start += 1) {
        const service = await startService(probe, { region: 'idf', database, keyDatabase });
        try {
          const keyStore = service.app.get<PostgresKeyStore>(KEY_STORE);
          expect((await keyStore.findKeys(['kept'])).get('kept')?.key).toEqual(Buffer.alloc(32, 7));
          await expect(keyStore.keyFor('gone')).rejects.toBeInstanceOf(SubjectForgottenError);
          expect(await service.query('SELECT subject_id FROM event_store.subject_keys')).toEqual([]);
        } finally {
          await service.close();
        }
      }
      expect(await databasesNamed(database.name)).toEqual([database.name]);
      expect(await databasesNamed(keyDatabase.name)).toEqual([keyDatabase.name]);
    });

    it('refuses to start, with a ConfigError naming KEY_STORE_URL, when the keys would go to the event store’s database', async () => {
      const started = startService(probe, { region: 'idf', database, keyDatabase, env: { KEY_STORE_URL: database.url } });
      await expect(started).rejects.toBeInstanceOf(ConfigError);
      await expect(started).rejects.toThrow(/KEY_STORE_URL names the same database as DATABASE_URL/);
    });
  });

  it('leaves no database behind when the service does not start', async () => {
    const before = await databasesNamed('tp_kit_key_probe_');
    await expect(startService(probe, { region: 'idf', env: { KEY_STORE_SCHEMA: 'Not A Schema' } })).rejects.toBeInstanceOf(ConfigError);
    expect(await databasesNamed('tp_kit_key_probe_')).toEqual(before);
  });

  it('takes the events’ and the keys’ databases together, or neither', async () => {
    const shared = { database: { name: 'x', url: 'postgres://postgres@127.0.0.1/x', drop: async () => undefined } };
    await expect(startService(probe, { region: 'idf', ...shared } as never)).rejects.toThrow(/pass database and keyDatabase together/);
  });
});
