import { createTestDatabase, postgresAdminUrl, uniqueName, waitFor, type TestDatabase } from '@titrepro/testing';
import { Client } from 'pg';
import { AdvisoryLockContender } from '../relay/advisory-lock';
import { SharedLockConnection } from './shared-lock-connection';

// Several election locks on one connection (a process's projection runners), on a real PostgreSQL.
describe('SharedLockConnection (real PostgreSQL)', () => {
  let database: TestDatabase;
  let admin: Client;
  const opened: SharedLockConnection[] = [];
  const shared = (applicationName: string) => {
    const connection = new SharedLockConnection({ database: database.url, applicationName, keepAliveIntervalMs: 200 });
    opened.push(connection);
    return connection;
  };
  const connectionsNamed = async (name: string) =>
    Number((await admin.query<{ count: string }>('SELECT count(*) AS count FROM pg_stat_activity WHERE application_name = $1', [name])).rows[0]?.count);

  beforeAll(async () => {
    database = await createTestDatabase('shared_lock');
    admin = new Client({ connectionString: postgresAdminUrl() });
    await admin.connect();
  });

  afterAll(async () => {
    await Promise.all(opened.map((connection) => connection.close()));
    await admin.end();
    await database.drop();
  });

  it('holds the locks of three loops on one connection, each exclusive against another process', async () => {
    const name = uniqueName('locks');
    const mine = shared(name);
    const keys = ['projection.a', 'projection.b', 'projection.c'].map((key) => `${name}.${key}`);
    const held = await Promise.all(keys.map((key) => mine.contender(key).tryAcquire()));
    expect(held.every((lock) => lock?.isHeld())).toBe(true);
    expect(await connectionsNamed(name)).toBe(1);

    const other = shared(`${name}-other`);
    expect(await other.contender(keys[0] ?? '').tryAcquire()).toBeUndefined();
    const separate = new AdvisoryLockContender({ database: database.url, key: keys[1] ?? '', keepAliveIntervalMs: 200, applicationName: `${name}-separate` });
    expect(await separate.tryAcquire()).toBeUndefined();
    await separate.close();

    await held[0]?.release();
    expect(held[0]?.isHeld()).toBe(false);
    expect(held[1]?.isHeld()).toBe(true);
    const taken = await other.contender(keys[0] ?? '').tryAcquire();
    expect(taken?.isHeld()).toBe(true);
    await taken?.release();
  });

  it('loses every lock it held when its connection dies, and another process takes them', async () => {
    const name = uniqueName('locks');
    const mine = shared(name);
    const keys = [`${name}.x`, `${name}.y`];
    const held = await Promise.all(keys.map((key) => mine.contender(key).tryAcquire()));
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [name]);
    await Promise.all(held.map((lock) => lock?.lost));
    expect(held.map((lock) => lock?.isHeld())).toEqual([false, false]);
    const other = shared(`${name}-other`);
    let taken = 0;
    await waitFor('another process to take both locks', async () => {
      for (const key of keys) if (await other.contender(key).tryAcquire()) taken += 1;
      return taken === keys.length;
    });
    // And the first competes again on a new connection.
    expect(await mine.contender(`${name}.z`).tryAcquire()).toBeDefined();
  });
});
