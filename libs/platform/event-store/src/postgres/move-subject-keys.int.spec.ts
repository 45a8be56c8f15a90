import { createTestDatabase, type TestDatabase } from '@titrepro/testing';
import type { Pool } from 'pg';
import { newEvent, uniqueCategory, uniqueStream } from '../contract/contract-target';
import { REDACTED } from '../port/events';
import { SubjectForgottenError } from '../port/key-store';
import { migrate } from './migrate';
import { moveSubjectKeys, SubjectKeysNotMovedError } from './move-subject-keys';
import { ownPool } from './own-pool';
import { PostgresEventStore } from './postgres-event-store';
import { PostgresKeyStore } from './postgres-key-store';

describe('PostgreSQL: moveSubjectKeys hands the keys an earlier version kept beside the events to the key store', () => {
  let eventDatabase: TestDatabase;
  let keyDatabase: TestDatabase;
  let eventPool: Pool;
  let keyPool: Pool;
  const closing: { close: () => Promise<void> }[] = [];
  let counter = 0;

  beforeAll(async () => {
    eventDatabase = await createTestDatabase('es_move_keys');
    keyDatabase = await createTestDatabase('es_move_keys_keys');
    eventPool = ownPool(eventDatabase.url, { max: 8 });
    keyPool = ownPool(keyDatabase.url, { max: 8 });
  });
  afterAll(async () => {
    for (const store of closing.reverse()) await store.close();
    await eventPool.end();
    await keyPool.end();
    await eventDatabase.drop();
    await keyDatabase.drop();
  });

  /** An event store schema as an earlier version left it: keys in its own tables, through its own pool. */
  const earlierDeployment = async () => {
    counter += 1;
    const schema = `earlier_${counter}`;
    await migrate(eventPool, schema);
    const keysBesideEvents = await PostgresKeyStore.create({ pool: eventPool, schema, migrate: false });
    const store = await PostgresEventStore.create({ pool: eventPool, schema, keyStore: keysBesideEvents });
    const keyStore = await PostgresKeyStore.create({ pool: keyPool, schema: `keys_${counter}` });
    closing.push(store, keysBesideEvents, keyStore);
    return { schema, store, keysBesideEvents, keyStore };
  };

  const count = async (pool: Pool, table: string): Promise<number> => Number((await pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]?.n);

  it('moves the keys, records the forgotten subjects and empties the old table; the events read back through the key store', async () => {
    const { schema, store, keysBesideEvents, keyStore } = await earlierDeployment();
    const category = uniqueCategory('candidate');
    const streams = { ada: uniqueStream(category), cy: uniqueStream(category) };
    await store.appendToStream(streams.ada, [newEvent('Registered', { name: 'Ada Lefèvre' }, { personal: { subjectId: 'ada', fields: ['name'] } })]);
    await store.appendToStream(streams.cy, [newEvent('Registered', { name: 'Cy Moreau' }, { personal: { subjectId: 'cy', fields: ['name'] } })]);
    const adaKey = await keysBesideEvents.keyFor('ada');
    await keysBesideEvents.keyFor('bo');
    await store.forgetSubject('bo');
    // A forgetSubject cut short after its first step: forgotten for the store, key still there.
    await eventPool.query(`INSERT INTO "${schema}".forgotten_subjects (subject_id) VALUES ('cy')`);

    expect(await moveSubjectKeys(eventPool, keyStore, schema)).toEqual({ keys: 2, forgottenSubjects: 2 });

    // The rows are gone; whether VACUUM could also truncate the heap at once depends on what else
    // holds a snapshot on the server, so it is not asserted here (autovacuum finishes it otherwise).
    expect(await count(eventPool, `"${schema}".subject_keys`)).toBe(0);
    expect(await keyStore.findKeys(['ada', 'bo', 'cy'])).toEqual(new Map([['ada', adaKey]]));
    await expect(keyStore.keyFor('bo')).rejects.toBeInstanceOf(SubjectForgottenError);
    await expect(keyStore.keyFor('cy')).rejects.toBeInstanceOf(SubjectForgottenError);
    expect(await count(eventPool, `"${schema}".forgotten_subjects`)).toBe(2);

    const upgraded = await PostgresEventStore.create({ pool: eventPool, schema, keyStore });
    closing.push(upgraded);
    expect((await upgraded.readStream(streams.ada))[0]?.data).toEqual({ name: 'Ada Lefèvre' });
    expect((await upgraded.readStream(streams.cy))[0]?.data).toEqual({ name: REDACTED });
  });

  it('changes nothing the second time, and keeps the keys created since', async () => {
    const { schema, keysBesideEvents, keyStore } = await earlierDeployment();
    const moved = await keysBesideEvents.keyFor('dee');
    await moveSubjectKeys(eventPool, keyStore, schema);
    const created = await keyStore.keyFor('eli');
    expect(await moveSubjectKeys(eventPool, keyStore, schema)).toEqual({ keys: 0, forgottenSubjects: 0 });
    expect(await keyStore.findKeys(['dee', 'eli'])).toEqual(new Map([['dee', moved], ['eli', created]]));
  });

  it('moves thousands of keys in batches, once, with several replicas starting at the same time', async () => {
    const { schema, keyStore } = await earlierDeployment();
    await eventPool.query(
      `INSERT INTO "${schema}".subject_keys (subject_id, key_id, key)
       SELECT 'subject-' || i, gen_random_uuid(), decode(md5(i::text) || md5((i + 1)::text), 'hex') FROM generate_series(1, 2500) i`,
    );
    const runs = await Promise.all(Array.from({ length: 3 }, () => moveSubjectKeys(eventPool, keyStore, schema)));
    expect(runs.reduce((sum, run) => sum + run.keys, 0)).toBe(2500);
    expect(await count(eventPool, `"${schema}".subject_keys`)).toBe(0);
    expect(await count(keyPool, `"${keyStore.schema}".subject_keys`)).toBe(2500);
    const [key] = (await keyStore.findKeys(['subject-7'])).values();
    expect(key?.key.toString('hex')).toBe(
      (await eventPool.query<{ hex: string }>(`SELECT md5('7') || md5('8') AS hex`)).rows[0]?.hex,
    );
  });

  it('leaves a key where it is, and refuses to go on, when the key store holds another key for that subject', async () => {
    const { schema, keysBesideEvents, keyStore } = await earlierDeployment();
    await keysBesideEvents.keyFor('flo');
    await keyStore.keyFor('flo');
    await expect(moveSubjectKeys(eventPool, keyStore, schema)).rejects.toEqual(new SubjectKeysNotMovedError(['flo']));
    expect(await count(eventPool, `"${schema}".subject_keys`)).toBe(1);
  });

  it('does nothing where no event store ever kept keys', async () => {
    const keyStore = await PostgresKeyStore.create({ pool: keyPool, schema: 'keys_fresh' });
    expect(await moveSubjectKeys(eventPool, keyStore, 'never_migrated')).toEqual({ keys: 0, forgottenSubjects: 0 });
  });
});
