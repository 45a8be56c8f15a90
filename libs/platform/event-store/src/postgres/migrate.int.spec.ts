import { Pool } from 'pg';
import { createTestDatabase, type TestDatabase } from '@titrepro/testing';
import { randomUUID } from 'node:crypto';
import { newEvent } from '../contract/contract-target';
import { migrate } from './migrate';
import { PostgresEventStore } from './postgres-event-store';
import { migrations } from './migrations';

describe('PostgreSQL: migrate()', () => {
  let database: TestDatabase;
  let pool: Pool;

  beforeAll(async () => {
    database = await createTestDatabase('es_migrate');
    pool = new Pool({ connectionString: database.url, max: 8 });
    // Dropping the database (WITH FORCE) may reach connections still closing: not a test failure.
    pool.on('error', () => undefined);
    pool.on('connect', (client) => client.on('error', () => undefined));
  });
  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  it('applies every migration once when several processes migrate at the same time, and records them', async () => {
    const applied = await Promise.all(Array.from({ length: 4 }, () => migrate(pool, 'es_concurrent')));
    expect(applied.flat().sort()).toEqual(migrations.map((m) => m.version));
    const { rows } = await pool.query('SELECT version, name FROM es_concurrent.schema_migrations ORDER BY version');
    expect(rows).toEqual(migrations.map((m) => ({ version: m.version, name: m.name })));
  });

  it('applies nothing the second time', async () => {
    await migrate(pool, 'es_again');
    expect(await migrate(pool, 'es_again')).toEqual([]);
  });

  it('upgrades a store created by earlier versions, which then appends, deletes and verifies', async () => {
    await migrate(pool, 'es_upgrade', migrations.filter((m) => m.version <= 3));
    const store = await PostgresEventStore.create({ pool, schema: 'es_upgrade' });
    const streamId = `upgrade-${randomUUID()}`;
    await store.appendToStream(streamId, [newEvent('A', {}), newEvent('B', {})], { expectedRevision: 'no_stream' });
    await store.deleteStream(streamId);
    await store.appendToStream(streamId, [newEvent('C', {})], { expectedRevision: 'no_stream' });
    await store.setStreamMetadata(streamId, { owner: 'ops' });
    expect((await store.readStream(streamId)).map((e) => [e.revision, e.type])).toEqual([[2, 'C']]);
    expect(await store.verifyStream(streamId)).toEqual({ ok: true, checked: 3 });
    const { rows } = await pool.query('SELECT version FROM es_upgrade.schema_migrations ORDER BY version');
    expect(rows.map((r: { version: number }) => r.version)).toEqual(migrations.map((m) => m.version));
  });

  it('keeps stores in different schemas apart', async () => {
    await migrate(pool, 'es_left');
    await migrate(pool, 'es_right');
    const { rows } = await pool.query(`SELECT table_schema FROM information_schema.tables WHERE table_name = 'events' AND table_schema LIKE 'es_%' ORDER BY 1`);
    expect(rows.map((r: { table_schema: string }) => r.table_schema)).toEqual(expect.arrayContaining(['es_left', 'es_right']));
  });
});
