/**
 * `--load-scale 1e7`: loading one candidate's state as the store grows to ten million events, when
 * generating that many through the deciders takes longer than there is (hours on the shared machine).
 * One session's candidates are decided and written through the store's append path into one store
 * (the four services' categories together); the store is then grown with filler rows inserted by SQL
 * (other streams, small payloads: what matters to a stream's load is the table's and its indexes'
 * size), ANALYZEd as autovacuum would, and candidate c-1's four streams are loaded at each size.
 */
import { PostgresEventStore, PostgresKeyStore } from '@titrepro/event-store';
import { Client } from 'pg';
import type { SuiteContext } from './suite';
import { random } from './volume-candidate';
import { registerStaff, SERVICES, type Service } from './volume-region';
import { loadCandidate } from './volume-measures';
import { runSession } from './volume-session';
import { StagingStore, whenServerHasRoom, writeBatch } from './volume-staging';

const SERVER = process.env['TEST_DATABASE_URL'] ?? process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DATABASES = ['titrepro_volume_load_scale', 'titrepro_volume_load_scale_keys'] as const;
const SIZES = [1e4, 1e5, 1e6, 1e7];
const FILL_STATEMENT_ROWS = 500_000;

const urlOf = (name: string): string => {
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  return url.toString();
};

const recreate = async (drop: boolean): Promise<void> => {
  const admin = new Client({ connectionString: urlOf('postgres') });
  await admin.connect();
  try {
    for (const name of DATABASES) {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      if (!drop) await admin.query(`CREATE DATABASE "${name}"`);
    }
  } finally {
    await admin.end();
  }
};

export interface LoadAtScale {
  readonly storeEvents: number;
  readonly fillSeconds: number;
  readonly totalMs: number;
  readonly floorMs: number;
  readonly perFloor: number;
  readonly byService: Record<string, { ms: number; events: number }>;
}

export const loadAtScale = async (context: SuiteContext, upTo: number): Promise<{ loads: LoadAtScale[]; flatness: number | null; flatnessPerFloor: number | null }> => {
  await whenServerHasRoom(() => recreate(false));
  const keyStore = await PostgresKeyStore.create({ connectionString: urlOf(DATABASES[1]), poolConfig: { max: 2 } });
  const store = await PostgresEventStore.create({ connectionString: urlOf(DATABASES[0]), keyStore, poolConfig: { max: 3 } });
  try {
    const staging = new StagingStore();
    const staff = await registerStaff(staging, '2016-01-04', 2);
    await runSession(staging, staff, 0, '2016-02-01', random(1), { candidates: 0, documents: 0 });
    await writeBatch(staging.take(() => false), () => store, 2, () => undefined);
    const stores = Object.fromEntries(SERVICES.map((service) => [service, store])) as Record<Service, PostgresEventStore>;
    const loads: LoadAtScale[] = [];
    for (const size of SIZES.filter((each) => each <= upTo)) {
      const fillStarted = Date.now();
      for (;;) {
        const { rows } = await store.pool.query<{ count: string }>('SELECT count(*) AS count FROM event_store.events');
        const present = Number(rows[0]?.count ?? 0);
        if (present >= size) break;
        const rowsNow = Math.min(FILL_STATEMENT_ROWS, size - present);
        // Filler streams of 20 events each; the append path's own columns (positions, transaction ids, category) by their defaults.
        await store.pool.query(
          `INSERT INTO event_store.events (stream_id, revision, event_id, type, schema_version, data, metadata, prev_hash, hash)
           SELECT 'filler-' || ($1::bigint + g) / 20, ($1::bigint + g) % 20, gen_random_uuid(), 'FillerRecorded', 1,
                  jsonb_build_object('n', $1::bigint + g), jsonb_build_object('occurredAt', '2020-01-01T00:00:00.000Z'), '', md5(g::text)
             FROM generate_series(0, $2::bigint - 1) g`,
          [present, rowsNow],
        );
      }
      await store.pool.query('ANALYZE event_store.events');
      const fillSeconds = Math.round((Date.now() - fillStarted) / 100) / 10;
      const load = await loadCandidate(stores, 'c-1', 21);
      const { rows } = await store.pool.query<{ count: string }>('SELECT count(*) AS count FROM event_store.events');
      loads.push({ storeEvents: Number(rows[0]?.count ?? 0), fillSeconds, ...load });
      context.say(`  load of c-1 in a store of ${rows[0]?.count} events: ${load.totalMs} ms, SELECT 1 ${load.floorMs} ms (${load.perFloor}× the floor)`);
    }
    const flatness = (values: readonly number[]) => (values.length > 1 ? Math.round((Math.max(...values) / Math.max(Math.min(...values), 0.001)) * 100) / 100 : null);
    return { loads, flatness: flatness(loads.map((load) => load.totalMs)), flatnessPerFloor: flatness(loads.map((load) => load.perFloor)) };
  } finally {
    await store.close();
    await keyStore.close();
    await whenServerHasRoom(() => recreate(true));
  }
};
