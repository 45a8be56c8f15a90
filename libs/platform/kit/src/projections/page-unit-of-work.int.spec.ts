import { defineEvent, eventCatalogueOf, type DomainEvent } from '@titrepro/domain-kernel';
import { PostgresEventStore, runSqlMigrations, type RecordedEvent } from '@titrepro/event-store';
import { createTestDatabase, type TestDatabase } from '@titrepro/testing';
import fc from 'fast-check';
import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import { z } from 'zod';
import { KIT_SCHEMA, kitMigrations } from '../event-store/kit-migrations';
import { applyPage } from './apply-page';
import { listParkedEvents } from './parked-events';
import { PROJECTION_PARKED, rowsOf } from './processor-tables';
import { defineProjection, defineRowProjection, type AnyProjection } from './projection-definition';
import { readModelTable } from './read-model-table';

@Entity('probe_account')
class ProbeAccount {
  @PrimaryColumn({ name: 'account_id', type: 'text' }) accountId!: string;
  @Column({ name: 'opened_on', type: 'date' }) openedOn!: string;
  @Column({ type: 'integer' }) balance!: number;
  /** Read, changed and written back by every credit: what a naive batching would get wrong. */
  @Column({ name: 'entry_ids', type: 'jsonb' }) entryIds!: string[];
  @Column({ type: 'boolean' }) closed!: boolean;
  @Column({ name: 'updated_position', type: 'bigint' }) updatedPosition!: string;
}

@Entity('probe_entry')
class ProbeEntry {
  @PrimaryColumn({ name: 'account_id', type: 'text' }) accountId!: string;
  @PrimaryColumn({ name: 'entry_id', type: 'text' }) entryId!: string;
  @Column({ type: 'integer' }) amount!: number;
}

/** Shared by the accounts of every stream (a revocation list's shape). */
@Entity('probe_bucket')
class ProbeBucket {
  @PrimaryColumn({ type: 'integer' }) bucket!: number;
  @Column({ name: 'entry_ids', type: 'jsonb' }) entryIds!: string[];
}

type Opened = DomainEvent<'Opened', { readonly accountId: string; readonly openedOn: string }>;
type Credited = DomainEvent<'Credited', { readonly accountId: string; readonly entryId: string; readonly amount: number; readonly bucket: number }>;
type EntryRemoved = DomainEvent<'EntryRemoved', { readonly accountId: string; readonly entryId: string }>;
type Closed = DomainEvent<'Closed', { readonly accountId: string }>;
/** `throw`: its handler fails (parked, nothing of it kept); `refused`: PostgreSQL refuses its row (the page is applied again event by event). */
type Poisoned = DomainEvent<'Poisoned', { readonly accountId: string; readonly how: 'throw' | 'refused' }>;
type AccountEvent = Opened | Credited | EntryRemoved | Closed | Poisoned;

const described = <Event extends AccountEvent>(type: Event['type'], schema: z.ZodType) =>
  defineEvent<Event>({ type, schemaVersion: 1, schema, describe: () => ({ fr: type, en: type }) } as never);
const accountEvents = eventCatalogueOf<AccountEvent>({
  Opened: described<Opened>('Opened', z.object({ accountId: z.string(), openedOn: z.string() })),
  Credited: described<Credited>('Credited', z.object({ accountId: z.string(), entryId: z.string(), amount: z.number().int(), bucket: z.number().int() })),
  EntryRemoved: described<EntryRemoved>('EntryRemoved', z.object({ accountId: z.string(), entryId: z.string() })),
  Closed: described<Closed>('Closed', z.object({ accountId: z.string() })),
  Poisoned: described<Poisoned>('Poisoned', z.object({ accountId: z.string(), how: z.enum(['throw', 'refused']) })),
});

const withOnce = (list: readonly string[], id: string): string[] => (list.includes(id) ? [...list] : [...list, id]);

/** Every operation a page's rows offer: put, update by key and by part of it, delete, a read of another table, a row shared by streams. */
const accounts = defineRowProjection({
  name: 'probe-accounts',
  category: 'account',
  events: accountEvents,
  tables: { accounts: readModelTable(ProbeAccount, 'accountId'), entries: readModelTable(ProbeEntry, 'accountId'), buckets: readModelTable(ProbeBucket, 'bucket') },
  scope: (event) => ({ accounts: event.data.accountId, entries: event.data.accountId, buckets: event.type === 'Credited' ? event.data.bucket : undefined }),
  apply: (rows, event, recorded) => {
    const position = String(recorded.globalPosition);
    const { accountId } = event.data;
    switch (event.type) {
      case 'Opened':
        rows.accounts.put({ accountId, openedOn: event.data.openedOn, balance: 0, entryIds: [], closed: false, updatedPosition: position });
        return;
      case 'Credited': {
        const { entryId, amount, bucket } = event.data;
        const account = rows.accounts.get({ accountId });
        // An event applied twice: the account already past it is left alone.
        if (account && BigInt(account.updatedPosition) < BigInt(position)) {
          rows.accounts.update({ accountId }, { balance: account.balance + amount, entryIds: withOnce(account.entryIds, entryId), updatedPosition: position });
        }
        rows.entries.put({ accountId, entryId, amount });
        rows.buckets.put({ bucket, entryIds: withOnce(rows.buckets.get({ bucket })?.entryIds ?? [], `${accountId}/${entryId}`) });
        return;
      }
      case 'EntryRemoved':
        rows.entries.delete({ accountId, entryId: event.data.entryId });
        return;
      case 'Closed':
        rows.entries.delete({ accountId });
        rows.accounts.update({ accountId }, { closed: true });
        return;
      case 'Poisoned':
        rows.accounts.update({ accountId }, { closed: true });
        if (event.data.how === 'throw') throw new Error(`poisoned ${accountId}`);
        rows.entries.put({ accountId, entryId: 'refused', amount: -1 });
        return;
    }
  },
});

/** The same read model as SQL run event by event (the way projections were written before pages): the reference. */
const accountsBySql = defineProjection<AccountEvent>({
  name: 'probe-accounts-sql',
  category: 'account',
  events: accountEvents,
  tables: ['probe_account', 'probe_entry', 'probe_bucket'],
  apply: async (manager, event, recorded) => {
    const position = String(recorded.globalPosition);
    const { accountId } = event.data;
    switch (event.type) {
      case 'Opened':
        await manager.upsert(ProbeAccount, { accountId, openedOn: event.data.openedOn, balance: 0, entryIds: [], closed: false, updatedPosition: position }, ['accountId']);
        return;
      case 'Credited': {
        const { entryId, amount, bucket } = event.data;
        const found = await manager.findOneBy(ProbeAccount, { accountId });
        if (found && BigInt(found.updatedPosition) < BigInt(position)) {
          await manager.update(ProbeAccount, { accountId }, { balance: found.balance + amount, entryIds: withOnce(found.entryIds, entryId), updatedPosition: position });
        }
        await manager.upsert(ProbeEntry, { accountId, entryId, amount }, ['accountId', 'entryId']);
        const shared = await manager.findOneBy(ProbeBucket, { bucket });
        await manager.upsert(ProbeBucket, { bucket, entryIds: withOnce(shared?.entryIds ?? [], `${accountId}/${entryId}`) }, ['bucket']);
        return;
      }
      case 'EntryRemoved':
        await manager.delete(ProbeEntry, { accountId, entryId: event.data.entryId });
        return;
      case 'Closed':
        await manager.delete(ProbeEntry, { accountId });
        await manager.update(ProbeAccount, { accountId }, { closed: true });
        return;
      case 'Poisoned':
        await manager.update(ProbeAccount, { accountId }, { closed: true });
        if (event.data.how === 'throw') throw new Error(`poisoned ${accountId}`);
        await manager.upsert(ProbeEntry, { accountId, entryId: 'refused', amount: -1 }, ['accountId', 'entryId']);
        return;
    }
  },
});

type Step = { readonly type: string; readonly data: Record<string, unknown> };
const account = fc.constantFrom('a', 'b', 'c');
const entry = fc.constantFrom('e1', 'e2', 'e3');
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ accountId: account, openedOn: fc.constantFrom('2024-01-08', '2025-06-30') }).map((data) => ({ type: 'Opened', data })) },
  { weight: 6, arbitrary: fc.record({ accountId: account, entryId: entry, amount: fc.integer({ min: 0, max: 50 }), bucket: fc.integer({ min: 0, max: 2 }) }).map((data) => ({ type: 'Credited', data })) },
  { weight: 2, arbitrary: fc.record({ accountId: account, entryId: entry }).map((data) => ({ type: 'EntryRemoved', data })) },
  { weight: 1, arbitrary: fc.record({ accountId: account }).map((data) => ({ type: 'Closed', data })) },
  { weight: 1, arbitrary: fc.record({ accountId: account, how: fc.constantFrom('throw', 'refused') }).map((data) => ({ type: 'Poisoned', data })) },
  // Unreadable (parked), and of a type the projection does not know (skipped).
  { weight: 1, arbitrary: account.map((accountId) => ({ type: 'Credited', data: { accountId, entryId: 'e1', amount: 'ten', bucket: 0 } })) },
  { weight: 1, arbitrary: account.map((accountId) => ({ type: 'Audited', data: { accountId } })) },
);

const recordedOf = (steps: readonly Step[]): RecordedEvent[] =>
  steps.map((each, index) => ({
    eventId: `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
    streamId: `account-${String(each.data['accountId'])}`,
    revision: index,
    globalPosition: index + 1,
    type: each.type,
    schemaVersion: 1,
    storedSchemaVersion: 1,
    data: each.data,
    metadata: { correlationId: 'c', causationId: null, actor: { subject: 't', role: 'service' }, region: 'idf', occurredAt: '2026-12-07T00:00:00.000Z' },
    recordedAt: new Date(0),
    prevHash: '',
    hash: '',
  })) as RecordedEvent[];

/** How the log reaches the runner: pages of any size, and now and then an earlier stretch again (a checkpoint left behind). */
const deliveries = (events: readonly RecordedEvent[], cuts: readonly number[], replays: readonly number[]): RecordedEvent[][] => {
  const pages: RecordedEvent[][] = [];
  let from = 0;
  for (const [index, cut] of cuts.entries()) {
    if (from >= events.length) break;
    const to = Math.min(events.length, from + cut);
    pages.push(events.slice(from, to));
    const back = replays[index % replays.length] ?? 0;
    if (back > 0) pages.push(events.slice(Math.max(0, to - back), to));
    from = to;
  }
  if (from < events.length) pages.push(events.slice(from));
  return pages;
};

describe('a row projection applied a page at a time (real PostgreSQL)', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let dataSource: DataSource;
  const schemas = ['one_by_one', 'by_pages'] as const;

  beforeAll(async () => {
    database = await createTestDatabase('kit_page_rows');
    store = await PostgresEventStore.create({ connectionString: database.url });
    await runSqlMigrations(store.pool, KIT_SCHEMA, kitMigrations);
    dataSource = new DataSource({ type: 'postgres', url: database.url, entities: [ProbeAccount, ProbeEntry, ProbeBucket], poolSize: 2 });
    await dataSource.initialize();
    for (const schema of schemas) {
      await dataSource.query(`CREATE SCHEMA ${schema}`);
      await dataSource.query(
        `CREATE TABLE ${schema}.probe_account (account_id text PRIMARY KEY, opened_on date NOT NULL, balance integer NOT NULL, entry_ids jsonb NOT NULL, closed boolean NOT NULL, updated_position bigint NOT NULL)`,
      );
      await dataSource.query(`CREATE TABLE ${schema}.probe_entry (account_id text, entry_id text, amount integer NOT NULL CHECK (amount >= 0), PRIMARY KEY (account_id, entry_id))`);
      await dataSource.query(`CREATE TABLE ${schema}.probe_bucket (bucket integer PRIMARY KEY, entry_ids jsonb NOT NULL)`);
    }
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await store?.close();
    await database?.drop();
  });

  const apply = (schema: string, page: readonly RecordedEvent[], projection: AnyProjection = accounts) =>
    dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL search_path TO ${schema}, public`);
      await applyPage(manager, projection, page, schema);
    });

  const state = async (schema: string) => ({
    accounts: await dataSource.query(`SELECT account_id, opened_on::text, balance, entry_ids, closed, updated_position FROM ${schema}.probe_account ORDER BY 1`),
    entries: await dataSource.query(`SELECT * FROM ${schema}.probe_entry ORDER BY 1, 2`),
    buckets: await dataSource.query(`SELECT * FROM ${schema}.probe_bucket ORDER BY 1`),
    parked: (await listParkedEvents(dataSource, schema)).map(({ globalPosition, reason, error }) => ({ globalPosition, reason, error })),
  });

  const failed = (parked: ReadonlyArray<{ readonly reason: string }>) => parked.filter((each) => each.reason === 'failed');

  const reset = async () => {
    for (const schema of schemas) {
      await dataSource.query(`TRUNCATE ${schema}.probe_account, ${schema}.probe_entry, ${schema}.probe_bucket`);
      await PROJECTION_PARKED.clear(rowsOf(dataSource), schema);
    }
  };

  it('leaves the same rows and parks the same events, whatever the page boundaries and the re-deliveries, as SQL applied one event at a time', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 40 }),
        fc.array(fc.integer({ min: 1, max: 15 }), { minLength: 1, maxLength: 20 }),
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 5 }),
        async (steps, cuts, replays) => {
          await reset();
          const events = recordedOf(steps);
          for (const event of events) await apply('one_by_one', [event], accountsBySql);
          for (const page of deliveries(events, cuts, replays)) await apply('by_pages', page);
          const [byPages, oneByOne] = [await state('by_pages'), await state('one_by_one')];
          expect({ ...byPages, parked: failed(byPages.parked) }).toEqual({ ...oneByOne, parked: failed(oneByOne.parked) });
          // An event delivered again after its stream was parked is held behind too: nothing else is.
          expect(byPages.parked).toEqual(expect.arrayContaining(oneByOne.parked));
        },
      ),
      { seed: Number(process.env['FUZZ_SEED'] ?? 2026), numRuns: Number(process.env['FUZZ_RUNS'] ?? 40), endOnFailure: true },
    );
  });

  it('applies a page of 300 events in five statements: held streams, savepoint, one load, one write, release', async () => {
    await reset();
    const events = recordedOf(
      Array.from({ length: 300 }, (_, index): Step => (index % 3 === 0 ? { type: 'Opened', data: { accountId: `x${index}`, openedOn: '2024-01-08' } } : { type: 'Credited', data: { accountId: `x${index - (index % 3)}`, entryId: `e${index}`, amount: 1, bucket: index % 2 } })),
    );
    const statements: string[] = [];
    await dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL search_path TO by_pages, public`);
      const query = manager.query.bind(manager);
      manager.query = ((text: string, values?: unknown[]) => {
        statements.push(text);
        return query(text, values);
      }) as typeof manager.query;
      await applyPage(manager, accounts, events, 'by_pages');
    });
    const rows = await state('by_pages');
    expect(rows.accounts).toHaveLength(100);
    expect(rows.entries).toHaveLength(200);
    expect(statements.map((text) => text.trim().split(/\s+/)[0])).toEqual(['SELECT', 'SAVEPOINT', 'SELECT', 'WITH', 'RELEASE']);
  });
});
