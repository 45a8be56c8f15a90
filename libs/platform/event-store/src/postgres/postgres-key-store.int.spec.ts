import { randomBytes, randomUUID } from 'node:crypto';
import { waitFor } from '@titrepro/testing';
import { newEvent, uniqueCategory, uniqueStream } from '../contract/contract-target';
import { SubjectForgottenError } from '../port/key-store';
import { postgresContractTarget } from './postgres-contract-target';
import type { PostgresEventStore } from './postgres-event-store';
import type { PostgresKeyStore } from './postgres-key-store';

describe('PostgreSQL: the key store never keys a forgotten subject again', () => {
  const target = postgresContractTarget('es_keys');
  let store: PostgresEventStore;
  let keyStore: PostgresKeyStore;
  const category = uniqueCategory('candidate');

  beforeAll(async () => {
    await target.setup();
    store = (await target.open()) as PostgresEventStore;
    keyStore = target.keyStore();
  });
  afterAll(() => target.teardown());

  const keyRows = async (subjectId: string): Promise<number> =>
    (await keyStore.pool.query(`SELECT 1 FROM "${keyStore.schema}".subject_keys WHERE subject_id = $1`, [subjectId])).rowCount ?? 0;

  it('refuses a key, with SubjectForgottenError, for a subject forgotten before it ever had one; the append stores nothing', async () => {
    const subjectId = `never-keyed-${randomUUID()}`;
    await store.forgetSubject(subjectId);
    const streamId = uniqueStream(category);
    await expect(
      store.appendToStream(streamId, [newEvent('CandidateRegistered', { name: 'Jo Ortiz' }, { personal: { subjectId, fields: ['name'] } })]),
    ).rejects.toEqual(new SubjectForgottenError(subjectId));
    expect(await store.readStream(streamId)).toEqual([]);
    expect(await keyRows(subjectId)).toBe(0);
  });

  it('records the subject as forgotten when its keys are destroyed, so that no later keyFor creates a fresh one', async () => {
    const subjectId = `destroyed-${randomUUID()}`;
    const first = await keyStore.keyFor(subjectId);
    expect(await keyStore.keyFor(subjectId)).toEqual(first);
    await keyStore.destroyKeys(subjectId);
    await expect(keyStore.keyFor(subjectId)).rejects.toBeInstanceOf(SubjectForgottenError);
    expect(await keyRows(subjectId)).toBe(0);
    expect(await keyStore.findKeys([subjectId])).toEqual(new Map());
  });

  it('destroys a key whose creation was still uncommitted when the subject was forgotten', async () => {
    const subjectId = `racing-${randomUUID()}`;
    const creating = await keyStore.pool.connect();
    try {
      // A keyFor caught mid-flight: its row is inserted, not yet committed, when the erasure starts.
      await creating.query('BEGIN');
      await creating.query(`INSERT INTO "${keyStore.schema}".subject_keys (subject_id, key_id, key) VALUES ($1, $2, $3)`, [
        subjectId,
        randomUUID(),
        randomBytes(32),
      ]);
      const destroyed = keyStore.destroyKeys(subjectId);
      await waitFor(
        'destroyKeys to wait for the uncommitted key',
        async () =>
          ((
            await keyStore.pool.query(
              `SELECT 1 FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
                WHERE l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
                  AND c.relname = 'subject_keys' AND NOT l.granted`,
            )
          ).rowCount ?? 0) > 0,
        10_000,
        20,
      );
      await creating.query('COMMIT');
      await destroyed;
    } finally {
      creating.release();
    }
    expect(await keyRows(subjectId)).toBe(0);
    await expect(keyStore.keyFor(subjectId)).rejects.toBeInstanceOf(SubjectForgottenError);
  });
});
