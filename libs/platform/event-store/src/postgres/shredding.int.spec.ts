import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { handleCommand } from '../command/handle-command';
import { newEvent, uniqueCategory, uniqueStream } from '../contract/contract-target';
import { tallyDecider } from '../contract/tally.fixture';
import { REDACTED } from '../port/events';
import { postgresContractTarget } from './postgres-contract-target';
import type { PostgresEventStore } from './postgres-event-store';

const pgDumpAvailable = (): boolean => {
  try {
    execFileSync('pg_dump', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

describe('PostgreSQL: crypto-shredding leaves no plaintext behind', () => {
  const target = postgresContractTarget('es_shred');
  let store: PostgresEventStore;
  const category = uniqueCategory('candidate');
  const subjectId = 'candidate-subject-4711';
  const secrets = ['Philomène Quellec', '1987-11-23', 'philomene.quellec@example.org'];

  /** Every row of every table of the database, as text. */
  const selectEverything = async (): Promise<string> => {
    const { rows: tables } = await store.pool.query<{ name: string }>(
      `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`,
    );
    const dumps = await Promise.all(tables.map(({ name }) => store.pool.query<{ row: string }>(`SELECT t::text AS row FROM ${name} t`)));
    return dumps.flatMap((result) => result.rows.map((r) => r.row)).join('\n');
  };

  beforeAll(async () => {
    await target.setup();
    store = (await target.open({ snapshots: [{ category, every: 1, stateVersion: 1 }] })) as PostgresEventStore;
    const streamId = uniqueStream(category);
    await store.appendToStream(streamId, [
      newEvent('CandidateRegistered', { name: secrets[0], birthDate: secrets[1], title: 'TSGERI' }, { personal: { subjectId, fields: ['name', 'birthDate'] } }),
      newEvent('ContactChanged', { email: secrets[2] }, { personal: { subjectId, fields: ['email'] } }),
    ]);
    // A snapshot that folded the subject's name in clear.
    const tally = uniqueStream(category);
    await handleCommand(store, tally, tallyDecider, { type: 'OpenTally', owner: secrets[0] ?? '' }, {
      now: new Date('2026-01-05T10:00:00Z'),
      newEventId: randomUUID,
      metadata: { correlationId: 'c', causationId: null, actor: { subject: 'a', role: 'registrar' }, region: 'BRE' },
      describe: () => ({ schemaVersion: 1, personal: { subjectId, fields: ['owner'] } }),
    });
  });
  afterAll(() => target.teardown());

  it('stores the personal fields encrypted, while the snapshot holds them in clear until forgotten', async () => {
    const everything = await selectEverything();
    expect(everything).not.toContain(secrets[1]);
    expect(everything).not.toContain(secrets[2]);
    expect(everything).toContain('TSGERI');
    expect(everything).toContain(secrets[0]);
  });

  it('after forgetSubject, no table holds the subject’s plaintext nor key, reads are redacted and every chain verifies', async () => {
    await store.forgetSubject(subjectId);
    const everything = await selectEverything();
    for (const secret of secrets) expect(everything).not.toContain(secret);
    const keyStore = target.keyStore();
    const keys = await keyStore.pool.query(`SELECT 1 FROM "${keyStore.schema}".subject_keys WHERE subject_id = $1`, [subjectId]);
    expect(keys.rowCount).toBe(0);
    const events = await store.readAll({ category });
    expect(events[0]?.data).toEqual({ name: REDACTED, birthDate: REDACTED, title: 'TSGERI' });
    expect(events[1]?.data).toEqual({ email: REDACTED });
    expect(await store.verifyAll()).toMatchObject({ ok: true, checked: 3 });
  });

  (pgDumpAvailable() ? it : it.skip)('after forgetSubject, pg_dump of the database holds none of the subject’s plaintext', () => {
    const dump = execFileSync('pg_dump', ['--data-only', target.database().url], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(dump).toContain('CandidateRegistered');
    for (const secret of secrets) expect(dump).not.toContain(secret);
  });
});
