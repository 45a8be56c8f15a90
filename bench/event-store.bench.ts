import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { createTestDatabase } from '@titrepro/testing';
import type { Contender } from './event-store-contender';
import { createEmmett } from './event-store-emmett';
import { createOurs } from './event-store-ours';
import { createRaw } from './event-store-raw';
import { renderTable, renderTargets, speedRatio, type ResultRow, type Target } from './event-store-report';
import { appendRound, interleave, loadRound, median, readAllRound, type AppendShape } from './event-store-workloads';

const OURS = 'titrepro';

export interface EventStoreFigures {
  readonly postgres: string | undefined;
  readonly settings: Readonly<Record<string, unknown>>;
  readonly contenders: readonly string[];
  readonly rows: readonly ResultRow[];
  readonly targets: readonly Target[];
}
const RAW = 'raw pg';
const EMMETT = 'emmett';

const settings = {
  rounds: Number(process.env['BENCH_ROUNDS'] ?? 7),
  readEvents: Number(process.env['BENCH_READ_EVENTS'] ?? 300_000),
  readRounds: Number(process.env['BENCH_READ_ROUNDS'] ?? 3),
  pageSize: 10_000,
  emmettReadCapSeconds: 20,
  poolSize: 20,
  loadSizes: [10, 1_000, 10_000],
  /** The snapshot is taken this many events before the end, as a policy "every N" leaves on average. */
  snapshotTail: 5,
};

/**
 * Rounds of about half a second per contender at a load average of 20 (0.2 s before: one stall of
 * the shared machine's disk decided a sample), a few seconds when the load doubles.
 */
const appendShapes: readonly { readonly workload: string; readonly shape: AppendShape }[] = [
  { workload: 'append 1 event/append, 1 writer', shape: { writers: 1, appendsPerWriter: 400, batchSize: 1, eventsPerStream: 10 } },
  { workload: 'append 1 event/append, 16 writers', shape: { writers: 16, appendsPerWriter: 60, batchSize: 1, eventsPerStream: 10 } },
  { workload: 'append batches of 10, 1 writer', shape: { writers: 1, appendsPerWriter: 120, batchSize: 10, eventsPerStream: 100 } },
];

const serverVersion = async (url: string): Promise<string | undefined> => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version;
  } finally {
    await client.end();
  }
};

const log = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

const row = (workload: string, unit: ResultRow['unit'], samples: Map<string, number[]>): ResultRow => ({
  workload,
  unit,
  values: Object.fromEntries([...samples].map(([name, values]) => [name, values.length > 0 ? median(values) : undefined])),
  samples: Object.fromEntries(samples),
});

const measureAppends = async (contenders: readonly Contender[], rows: ResultRow[]): Promise<void> => {
  for (const { workload, shape } of appendShapes) {
    // Warm-up (prepared statements, JIT, pools filled), not recorded.
    await interleave(contenders, 1, (c, r) => appendRound(c, { ...shape, appendsPerWriter: Math.min(shape.appendsPerWriter, 50) }, `warm${shape.writers}x${shape.batchSize}r${r}`));
    const samples = await interleave(contenders, settings.rounds, (c, r) => appendRound(c, shape, `a${shape.writers}x${shape.batchSize}r${r}`));
    rows.push(row(workload, 'events/s', samples));
    log(`  ${workload}: done`);
  }
};

const measureReadAll = async (contenders: readonly Contender[], rows: ResultRow[]): Promise<void> => {
  for (const contender of contenders) {
    const started = performance.now();
    await contender.fill(settings.readEvents);
    log(`  filled ${settings.readEvents.toLocaleString('en-US')} events for ${contender.name} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  // Events appended by the earlier workloads are in the log too: each full read is checked against a count.
  const fast = contenders.filter((c) => c.name !== EMMETT);
  await interleave(fast, 1, async (c) => (await readAllRound(c, settings.pageSize)).rate);
  const samples = await interleave(fast, settings.readRounds, async (c) => (await readAllRound(c, settings.pageSize)).rate);
  const emmett = contenders.find((c) => c.name === EMMETT);
  // Emmett 0.42 has no index on global_position: every page sorts the whole table, so a full read
  // takes minutes; its rate is measured over what it reads in the first seconds (the fastest part).
  if (emmett) {
    const { rate, seen } = await readAllRound(emmett, settings.pageSize, settings.emmettReadCapSeconds);
    samples.set(EMMETT, [rate]);
    log(`  emmett read ${seen.toLocaleString('en-US')} events in its ${settings.emmettReadCapSeconds} s budget`);
  }
  rows.push(row(`readAll, ${settings.readEvents.toLocaleString('en-US')} events, pages of ${settings.pageSize.toLocaleString('en-US')}`, 'events/s', samples));
  log('  readAll: done');
};

const measureLoads = async (contenders: readonly Contender[], rows: ResultRow[]): Promise<void> => {
  for (const size of settings.loadSizes) {
    const streamId = `snap-${size}`;
    for (const contender of contenders) {
      await contender.seedStream(streamId, size);
      await contender.seedSnapshot?.(streamId, size - 1 - settings.snapshotTail);
    }
    const repetitions = Math.max(5, Math.round(2_000 / size) * 2);
    for (const withSnapshot of [false, true]) {
      const eligible = withSnapshot ? contenders.filter((c) => c.seedSnapshot) : contenders;
      await interleave(eligible, 2, (c) => loadRound(c, streamId, withSnapshot, size));
      const samples = await interleave(eligible, repetitions, (c) => loadRound(c, streamId, withSnapshot, size));
      for (const c of contenders) if (!samples.has(c.name)) samples.set(c.name, []);
      rows.push(row(`load stream of ${size.toLocaleString('en-US')} events, ${withSnapshot ? `snapshot (tail ${settings.snapshotTail})` : 'no snapshot'}`, 'ms', samples));
    }
    log(`  load ${size}: done`);
  }
};

/** `npm run bench -- event-store`: the table on stdout; answers the figures. */
export const runEventStoreBench = async (): Promise<EventStoreFigures> => {
  const database = await createTestDatabase('bench_es');
  const contenders: Contender[] = [];
  try {
    contenders.push(await createOurs(database.url, settings.poolSize));
    contenders.push(await createRaw(database.url, settings.poolSize));
    contenders.push(await createEmmett(database.url, settings.poolSize));
    const postgres = await serverVersion(database.url);
    log(`PostgreSQL ${postgres}, ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    log(`${settings.rounds} interleaved rounds per append workload; figures are medians, ratios the median of per-round ratios`);

    const rows: ResultRow[] = [];
    await measureAppends(contenders, rows);
    await measureReadAll(contenders, rows);
    await measureLoads(contenders, rows);

    const names = contenders.map((c) => c.name);
    const targets: Target[] = [];
    const target = (workload: string, against: string, minimum: number): void => {
      const found = rows.find((r) => r.workload === workload);
      const ratio = found ? speedRatio(found, OURS, against) : undefined;
      if (ratio !== undefined) targets.push({ workload, against, minimum, ratio, met: ratio >= minimum });
    };
    for (const { workload } of appendShapes) {
      target(workload, RAW, 0.8);
      target(workload, EMMETT, 1.5);
    }
    const readRow = rows.find((r) => r.workload.startsWith('readAll'));
    if (readRow) target(readRow.workload, RAW, 0.7);

    log('');
    log(renderTable(rows, names, OURS));
    log('');
    log(renderTargets(targets));

    return { postgres, settings: { ...settings, appendShapes }, contenders: names, rows, targets };
  } finally {
    for (const contender of contenders) await contender.close().catch(() => undefined);
    if (!process.env['BENCH_KEEP_DB']) await database.drop();
  }
};
