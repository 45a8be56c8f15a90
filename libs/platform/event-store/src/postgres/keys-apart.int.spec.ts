import { execFileSync } from 'node:child_process';
import { Client } from 'pg';
import { newEvent, uniqueCategory, uniqueStream } from '../contract/contract-target';
import { REDACTED } from '../port/events';
import { SubjectForgottenError, type SubjectKey } from '../port/key-store';
import { postgresContractTarget } from './postgres-contract-target';
import { PostgresEventStore } from './postgres-event-store';

/** Every row of every table of a database, as JSON text: what a logical backup of it would hold. */
const dumpDatabase = async (url: string): Promise<string> => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
        WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    const dumps: string[] = [];
    for (const { name } of tables) {
      const { rows } = await client.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM ${name} t`);
      dumps.push(`${name}: ${rows.map((row) => row.row).join('\n')}`);
    }
    return dumps.join('\n');
  } finally {
    await client.end();
  }
};

const pgDump = (url: string): string | undefined => {
  try {
    return execFileSync('pg_dump', ['--data-only', url], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined; // no pg_dump here (or not one for this server): the table dump above still speaks
  }
};

/** The spellings a key's bytes could take in a dump: bytea's hex (`\x…`), base64, base64url. */
const spellingsOf = (key: SubjectKey): string[] => [key.key.toString('hex'), key.key.toString('base64'), key.key.toString('base64url')];

describe('PostgreSQL: subject keys live apart from the ciphertext', () => {
  const target = postgresContractTarget('es_apart');
  const category = uniqueCategory('candidate');
  const streamId = uniqueStream(category);
  const subjectId = 'candidate-subject-0815';
  const secrets = ['Gwenaëlle Kerbrat', '1979-03-14', 'gwenaelle.kerbrat@example.org'];
  let store: PostgresEventStore;
  let key: SubjectKey;

  beforeAll(async () => {
    await target.setup();
    store = (await target.open()) as PostgresEventStore;
    await store.appendToStream(streamId, [
      newEvent('CandidateRegistered', { name: secrets[0], birthDate: secrets[1], title: 'TSGERI' }, { personal: { subjectId, fields: ['name', 'birthDate'] } }),
      newEvent('ContactChanged', { email: secrets[2] }, { personal: { subjectId, fields: ['email'] } }),
    ]);
    const found = (await target.keyStore().findKeys([subjectId])).get(subjectId);
    if (!found) throw new Error('the append created no key');
    key = found;
  });
  afterAll(() => target.teardown());

  it('leaves in the event store’s database neither the key’s bytes nor the plaintext', async () => {
    const dump = await dumpDatabase(target.database().url);
    expect(dump).toContain('CandidateRegistered');
    expect(dump).toContain('TSGERI');
    for (const spelling of [...spellingsOf(key), ...secrets]) expect(dump).not.toContain(spelling);
    const backup = pgDump(target.database().url);
    if (backup !== undefined) for (const spelling of [...spellingsOf(key), ...secrets]) expect(backup).not.toContain(spelling);
  });

  it('keeps the key in the key database, and the events read back in clear through the key store', async () => {
    expect(await dumpDatabase(target.keyDatabase().url)).toContain(key.key.toString('hex'));
    const events = await store.readStream(streamId);
    expect(events.map((event) => event.data)).toEqual([{ name: secrets[0], birthDate: secrets[1], title: 'TSGERI' }, { email: secrets[2] }]);
  });

  it('reads the personal fields as REDACTED from the event store’s database alone (a restored backup without the key database)', async () => {
    const restored = await PostgresEventStore.create({ connectionString: target.database().url, migrate: false, notify: false });
    try {
      expect((await restored.readStream(streamId)).map((event) => event.data)).toEqual([{ name: REDACTED, birthDate: REDACTED, title: 'TSGERI' }, { email: REDACTED }]);
    } finally {
      await restored.close();
    }
  });

  it('after forgetSubject, the key database holds no key for the subject either, and none is made again', async () => {
    await store.forgetSubject(subjectId);
    const keyStore = target.keyStore();
    const rows = await keyStore.pool.query(`SELECT 1 FROM "${keyStore.schema}".subject_keys WHERE subject_id = $1`, [subjectId]);
    expect(rows.rowCount).toBe(0);
    const keyDump = await dumpDatabase(target.keyDatabase().url);
    for (const spelling of spellingsOf(key)) expect(keyDump).not.toContain(spelling);
    await expect(keyStore.keyFor(subjectId)).rejects.toBeInstanceOf(SubjectForgottenError);
    expect((await store.readStream(streamId))[1]?.data).toEqual({ email: REDACTED });
    expect(await store.verifyStream(streamId)).toEqual({ ok: true, checked: 2 });
  });
});
