import { getDataSourceToken } from '@nestjs/typeorm';
import { defineEvent, eventCatalogueOf, type DomainEvent } from '@titrepro/domain-kernel';
import type { NewEvent, PostgresEventStore } from '@titrepro/event-store';
import { waitFor } from '@titrepro/testing';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { EVENT_STORE } from '../event-store/event-store.tokens';
import { kitProbe } from '../testing/kit-probe';
import { startService, type StartedService } from '../testing/start-service';
import { defineProjection } from './projection-definition';
import { readCheckpoint } from './projection-checkpoints';
import { rebuildInShadow, type ShadowRebuildProgress } from './shadow-rebuild';

type Counted = DomainEvent<'Counted', { readonly key: string; readonly amount: number }>;

// Increments, not upserts: an event applied twice or lost shows in the totals.
const tallies = defineProjection<Counted>({
  name: 'tallies',
  category: 'tally',
  events: eventCatalogueOf<Counted>({
    Counted: defineEvent<Counted>({
      type: 'Counted',
      schemaVersion: 1,
      schema: z.object({ key: z.string(), amount: z.number().int() }),
      describe: (data) => ({ fr: `${data.key} +${data.amount}`, en: `${data.key} +${data.amount}` }),
    }),
  }),
  tables: ['probe_tally'],
  apply: async (manager, event) => {
    if (event.data.amount < 0) throw Object.assign(new Error('negative amounts are refused'), { code: '23514' });
    await manager.query(
      `INSERT INTO probe_tally (key, total, events) VALUES ($1, $2, 1)
       ON CONFLICT (key) DO UPDATE SET total = probe_tally.total + EXCLUDED.total, events = probe_tally.events + 1`,
      [event.data.key, event.data.amount],
    );
  },
});

const probe = kitProbe({ name: 'kit-shadow-rebuild-probe', description: 'Counts.', kit: { projections: [tallies] } });

const counted = (key: string, amount: number): NewEvent => ({
  eventId: randomUUID(),
  type: 'Counted',
  schemaVersion: 1,
  data: { key, amount },
  metadata: { correlationId: randomUUID(), causationId: null, actor: { subject: 't', role: 'service' }, region: 'idf', occurredAt: new Date().toISOString() },
});

interface TallyRow extends Record<string, unknown> {
  key: string;
  total: number;
  events: number;
}

describe('rebuildInShadow: a read model rebuilt into new tables while the old ones answer (real PostgreSQL)', () => {
  let service: StartedService;
  let store: PostgresEventStore;
  let dataSource: DataSource;
  const expected = new Map<string, { total: number; events: number }>();

  const append = async (streams: number, perStream: number, offset: number): Promise<void> => {
    for (let stream = 0; stream < streams; stream += 1) {
      const key = `k${stream % 7}`;
      const batch = Array.from({ length: perStream }, (_, index) => counted(key, offset + index));
      await store.appendToStream(`tally-${randomUUID()}`, batch);
      const row = expected.get(key) ?? { total: 0, events: 0 };
      expected.set(key, { total: row.total + batch.reduce((sum, event) => sum + Number(event.data['amount']), 0), events: row.events + batch.length });
    }
  };
  const rows = () => service.query<TallyRow>('SELECT key, total::int AS total, events::int AS events FROM probe_tally ORDER BY key');
  const expectedRows = () => [...expected.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, row]) => ({ key, ...row }));
  const caughtUp = async () => (await readCheckpoint(dataSource, 'tallies')) === (await store.readAll({ after: 0 })).at(-1)?.globalPosition;

  beforeAll(async () => {
    service = await startService(probe, { region: 'idf' });
    await service.query('CREATE TABLE probe_tally (key text PRIMARY KEY, total bigint NOT NULL, events int NOT NULL)');
    await service.query('CREATE INDEX "IDX_probe_tally_total" ON probe_tally (total)');
    store = service.app.get<PostgresEventStore>(EVENT_STORE);
    dataSource = service.app.get<DataSource>(getDataSourceToken());
  }, 120_000);

  afterAll(async () => {
    await service?.close();
  });

  it('keeps answering reads from the old tables, then switches to rebuilt tables equal to them, with nothing applied twice or lost', async () => {
    await append(60, 25, 1);
    await waitFor('the runner caught up', caughtUp, 60_000, 100);
    expect(await rows()).toEqual(expectedRows());
    const before = expectedRows();

    const progress: ShadowRebuildProgress[] = [];
    let reads = 0;
    let readingDone = false;
    // Reads during the rebuild: every one answers, never a half-built model (the totals only grow).
    const reading = (async () => {
      while (!readingDone) {
        const seen = await rows();
        for (const row of before) expect(seen.find((each) => each.key === row.key)?.events ?? 0).toBeGreaterThanOrEqual(row.events);
        reads += 1;
      }
    })();
    const rebuilding = rebuildInShadow({ dataSource, store, projection: tallies, batchSize: 100, onProgress: (step) => progress.push(step) });
    // The runner keeps applying new events to the old tables meanwhile.
    await append(10, 5, 1000);
    const outcome = await rebuilding;
    readingDone = true;
    await reading;

    await waitFor('the runner caught up after the switch', caughtUp, 60_000, 100);
    expect(await rows()).toEqual(expectedRows());
    expect(reads).toBeGreaterThan(0);
    expect(outcome.events).toBeGreaterThanOrEqual(60 * 25);
    expect(progress.map((step) => step.phase)).toContain('copying');
    expect(progress.at(-1)).toMatchObject({ phase: 'done', etaSeconds: 0 });
    expect(progress.find((step) => step.phase === 'copying')?.eventsPerSecond).toBeGreaterThan(0);
    // The rebuilt table has the old one's index names (a later migration may name them), and nothing is left behind.
    const indexes = await service.query<{ indexname: string }>(`SELECT indexname FROM pg_indexes WHERE tablename = 'probe_tally' ORDER BY indexname`);
    expect(indexes.map((index) => index.indexname)).toEqual(['IDX_probe_tally_total', 'probe_tally_pkey']);
    expect(await service.query(`SELECT nspname FROM pg_namespace WHERE nspname LIKE 'rebuild_%' OR nspname LIKE 'retired_%'`)).toEqual([]);
  }, 180_000);

  it('parks what it cannot apply under the projection once switched in, as the runner would', async () => {
    const stream = `tally-${randomUUID()}`;
    await store.appendToStream(stream, [counted('bad', -1), counted('bad', 2)]);
    await waitFor('the runner parked them', async () => (await service.query(`SELECT 1 FROM service_kit.projection_parked_events WHERE projection = 'tallies'`)).length === 2, 60_000, 100);
    await rebuildInShadow({ dataSource, store, projection: tallies });
    const parked = await service.query<{ projection: string; reason: string }>(
      `SELECT projection, reason FROM service_kit.projection_parked_events WHERE stream_id = $1 ORDER BY global_position`,
      [stream],
    );
    expect(parked).toEqual([
      { projection: 'tallies', reason: 'failed' },
      { projection: 'tallies', reason: 'held-behind' },
    ]);
    await waitFor('the runner caught up', caughtUp, 60_000, 100);
    expect(await rows()).toEqual(expectedRows());
  }, 180_000);
});
