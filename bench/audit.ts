/**
 * `npm run bench -- audit`: what the audit costs against the store it reads, in one run on one store.
 *
 * The registry of region idf is opened as a deployment (its store, keys and read models; nothing
 * started), and filled through the store's append path with real registry events: one candidate's
 * life decided by the registry's own decider (registered, then VAE pathways opened, admissibility
 * requested and decided, withdrawn), cloned for BENCH_AUDIT_EVENTS events with new ids (each clone
 * sealed under its own key, its hash chain computed by the store). Then, each as events per second:
 *
 * - raw: `readAll` over the whole log, pages of 1000 (the floor every reader pays);
 * - verify: the audit's `verify` of that store (every chain recomputed), ratio to raw (goal ≥ 0.5);
 * - rebuild: `rebuildInShadow` of the registry's `candidate-read-models` from the log into new
 *   tables and switched in, ratio to raw (goal ≥ 0.5);
 * - replay: the audit's `replay` of one candidate with 100 events, milliseconds (goal < 200).
 *
 * Its figures go to bench/results/audit.json. Settings: BENCH_AUDIT_EVENTS (20000), BENCH_AUDIT_CONCURRENCY (4),
 * BENCH_AUDIT_ONLY=rebuild (skip verify and replay, e.g. for a rebuild over a million events),
 * TEST_DATABASE_URL / DATABASE_URL.
 */
import type { CandidateEvent } from '@titrepro/domain-registry';
import { candidateDecider, candidateEvents, CANDIDATE_STREAM_CATEGORY, candidateStreamId } from '@titrepro/domain-registry';
import { parseDecideVaeAdmissibility, parseOpenPathway, parseRegisterCandidate, parseRequestVaeAdmissibility, parseWithdrawPathway } from '@titrepro/domain-registry';
import type { DomainError, Result } from '@titrepro/domain-kernel';
import { handleCommand, type NewEvent, type PostgresEventStore } from '@titrepro/event-store';
import { causationFromRequest } from '@titrepro/messaging';
import { commandContextFor, defineAggregate, rebuildInShadow, shadowRebuildProgressLine, uuidV7Source, type Aggregate, type Clock } from '@titrepro/service-kit';
import { openServiceParts, type ServiceParts } from '@titrepro/service-kit/reconciliation';
import { createTestDatabase, kafkaBrokers } from '@titrepro/testing';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { percentile, timed } from './timing';

const totalEvents = Number(process.env['BENCH_AUDIT_EVENTS'] ?? 20_000);
const concurrency = Number(process.env['BENCH_AUDIT_CONCURRENCY'] ?? 4);
const only = process.env['BENCH_AUDIT_ONLY'];
const partitions = Number(process.env['BENCH_AUDIT_PARTITIONS'] ?? 4);
const batchSize = process.env['BENCH_AUDIT_BATCH'] ? Number(process.env['BENCH_AUDIT_BATCH']) : undefined;
const workspaceRoot = join(__dirname, '..');
const candidates = defineAggregate({ category: CANDIDATE_STREAM_CATEGORY, decider: candidateDecider, events: candidateEvents });
const origin = { actor: { subject: 'regional-officer@idf', role: 'regional-officer' }, causation: causationFromRequest({}) };

/** The registry's deployment, loaded by path as the tools load it (nothing imports an app). */
const openRegistry = (database: string, keys: string): Promise<ServiceParts> => {
  const { serviceDefinition } = require(join(workspaceRoot, 'apps', 'candidate-registry', 'src', 'service.definition')) as { serviceDefinition: Parameters<typeof openServiceParts>[0] };
  return openServiceParts(serviceDefinition, { ...process.env, REGION: 'idf', DATABASE_URL: database, KEY_STORE_URL: keys, KAFKA_BROKERS: kafkaBrokers().join(','), ALLOW_DEVELOPMENT_KEY: 'true', DATABASE_POOL_SIZE: String(partitions + 12), READ_MODEL_POOL_SIZE: String(partitions + 1) });
};

/** One candidate's life through the registry's decider and the store: 1 + 4 × cycles events. */
const decideLife = async (store: PostgresEventStore, candidateId: string, cycles: number): Promise<NewEvent[]> => {
  const streamId = candidateStreamId(candidateId);
  const appended: NewEvent[] = [];
  let day = Date.parse('2024-01-08T09:00:00Z');
  const run = async (parsed: Result<unknown, DomainError>) => {
    if (!parsed.ok) throw new Error(`input refused: ${JSON.stringify(parsed.error)}`);
    day += 86_400_000;
    const clock: Clock = { now: () => new Date(day) };
    const context = commandContextFor<CandidateEvent>(candidates as unknown as Aggregate<unknown, never, CandidateEvent>, origin, { clock, ids: uuidV7Source, region: 'idf' });
    const outcome = await handleCommand(store, streamId, candidates.decider, parsed.value as never, context);
    if (!outcome.ok) throw new Error(`refused: ${outcome.error.message}`);
    appended.push(...(outcome.value.events as unknown as readonly NewEvent[]));
  };
  const ids = { candidateId, actingRegion: 'idf' };
  await run(
    parseRegisterCandidate({
      candidateId,
      region: 'idf',
      familyName: 'Banc',
      givenNames: ['Essai'],
      birthDate: '1980-05-17',
      contact: { email: 'banc.essai@exemple.test', phone: '+33 6 00 00 00 00', postalAddress: '1 rue du Banc, 75001 Paris' },
    }),
  );
  for (let cycle = 0; cycle < cycles; cycle += 1) {
    const pathwayId = `p-${cycle}`;
    await run(parseOpenPathway({ ...ids, pathwayId, titleCode: 'TP-00495', pathwayType: 'vae' }));
    await run(
      parseRequestVaeAdmissibility({
        ...ids,
        pathwayId,
        experiencePeriods: [{ organisation: 'Atelier du banc', role: 'Technicienne réseau', start: '2015-01-01', end: '2023-12-31', capacity: 'employee', relatedToTitle: true }],
      }),
    );
    await run(parseDecideVaeAdmissibility({ ...ids, pathwayId, outcome: 'admissible' }));
    await run(parseWithdrawPathway({ ...ids, pathwayId }));
  }
  return appended;
};

/** The template's events for another candidate: new event ids, the candidate's id everywhere, sealed under their own key. */
const cloneFor = (template: readonly NewEvent[], from: string, to: string): NewEvent[] =>
  template.map((event) => ({
    ...event,
    eventId: randomUUID(),
    data: JSON.parse(JSON.stringify(event.data).split(from).join(to)) as NewEvent['data'],
    ...(event.personal ? { personal: { ...event.personal, subjectId: to } } : {}),
  }));

const rate = (events: number, ms: number): number => Math.round((events * 1000) / Math.max(ms, 1));

/** The audit app's verify and replay, by path (as the tools load apps), once it is there. */
const auditModules = () => {
  const source = join(workspaceRoot, 'libs', 'platform', 'audit', 'src');
  if (!existsSync(join(source, 'verify', 'verification.ts'))) return undefined;
  return {
    stores: require(join(source, 'stores', 'audited-stores')) as {
      AuditedStores: { open: (configs: unknown[], options?: unknown) => Promise<{ close: () => Promise<void> }> };
    },
    verify: require(join(source, 'verify', 'verification')) as { verifyStores: (stores: unknown, options?: unknown) => Promise<{ ok: boolean; events: number; elapsedMs: number }> },
    replay: require(join(source, 'replay', 'candidate-replay')) as { candidateReplay: (stores: unknown, candidateId: string) => Promise<{ ok: boolean; decisions: unknown[] }> },
  };
};

export const runAuditBench = async () => {
  const [events, keys] = [await createTestDatabase('bench_audit'), await createTestDatabase('bench_audit_keys')];
  const parts = await openRegistry(events.url, keys.url);
  const { store } = parts;
  try {
    // The template and the replayed candidate: decided for real (1 + 4 × 4 and 1 + 4 × 25 = 101 events).
    const templateId = randomUUID();
    const template = await decideLife(store, templateId, 4);
    const replayedId = randomUUID();
    const replayedEvents = (await decideLife(store, replayedId, 25)).length;

    process.stdout.write(`filling the store with ${totalEvents} registry events (${template.length} per candidate, ${concurrency} appenders)…\n`);
    const filling = Date.now();
    let next = template.length + replayedEvents;
    let lastPrint = Date.now();
    const appender = async () => {
      while (next < totalEvents) {
        next += template.length;
        const candidateId = randomUUID();
        await store.appendToStream(candidateStreamId(candidateId), cloneFor(template, templateId, candidateId), { expectedRevision: 'no_stream' });
        if (Date.now() - lastPrint > 10_000) {
          lastPrint = Date.now();
          process.stdout.write(`  ${next} events, ${rate(next, Date.now() - filling)} events/s\n`);
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, appender));
    const fillMs = Date.now() - filling;

    // Raw readAll: the whole log, page by page.
    const [stored, rawMs] = await timed(async () => {
      let after = 0;
      let count = 0;
      for (;;) {
        const page = await store.readAll({ after, maxCount: 1000 });
        if (page.length === 0) return count;
        count += page.length;
        after = page[page.length - 1]?.globalPosition ?? after;
      }
    });
    const raw = { events: stored, ms: Math.round(rawMs), eventsPerSecond: rate(stored, rawMs) };
    process.stdout.write(`raw readAll: ${raw.events} events in ${raw.ms} ms, ${raw.eventsPerSecond} events/s\n`);

    // Rebuild of the registry's read models, into new tables, switched in.
    const projection = parts.projections.find((each) => each.name === 'candidate-read-models');
    if (!projection) throw new Error('the registry has no candidate-read-models projection');
    let lastLine = 0;
    const rebuilt = await rebuildInShadow({
      dataSource: parts.dataSource,
      store,
      projection,
      partitions,
      ...(batchSize ? { batchSize } : {}),
      onProgress: (progress) => {
        if (progress.phase !== 'copying' || Date.now() - lastLine > 10_000) {
          lastLine = Date.now();
          process.stdout.write(`  ${shadowRebuildProgressLine(progress)}\n`);
        }
      },
    });
    const rows: Array<{ count: string }> = await parts.dataSource.query('SELECT count(*) AS count FROM pathway_status');
    const rebuild = {
      partitions,
      batchSize: batchSize ?? 'default',
      events: rebuilt.events,
      ms: rebuilt.elapsedMs,
      eventsPerSecond: rate(rebuilt.events, rebuilt.elapsedMs),
      ratioToRaw: 0,
      waitingForPagesMs: rebuilt.readingMs,
      applyingMs: rebuilt.applyingMs,
      pathwayRows: Number(rows[0]?.count ?? 0),
    };
    rebuild.ratioToRaw = Math.round((rebuild.eventsPerSecond / raw.eventsPerSecond) * 100) / 100;
    process.stdout.write(
      `rebuild: ${rebuild.events} events in ${rebuild.ms} ms, ${rebuild.eventsPerSecond} events/s, ${rebuild.ratioToRaw}× raw (waiting for pages ${rebuild.waitingForPagesMs} ms, applying ${rebuild.applyingMs} ms)\n`,
    );

    let verify: Record<string, unknown> = { skipped: only === 'rebuild' ? 'BENCH_AUDIT_ONLY=rebuild' : 'libs/platform/audit is not there' };
    let replay: Record<string, unknown> = { ...verify };
    const audit = only === 'rebuild' ? undefined : auditModules();
    if (audit) {
      const stores = await audit.stores.AuditedStores.open([{ region: 'idf', service: 'candidate-registry', url: events.url }]);
      try {
        const [verified, verifyMs] = await timed(() => audit.verify.verifyStores(stores, {}));
        if (!verified.ok) throw new Error('verify found a broken chain in a clean store');
        const verifyRate = rate(verified.events, verifyMs);
        verify = { events: verified.events, ms: Math.round(verifyMs), eventsPerSecond: verifyRate, ratioToRaw: Math.round((verifyRate / raw.eventsPerSecond) * 100) / 100 };
        process.stdout.write(`verify: ${verified.events} events in ${Math.round(verifyMs)} ms, ${verifyRate} events/s, ${String(verify['ratioToRaw'])}× raw\n`);
        const times: number[] = [];
        let decisions = 0;
        for (let run = 0; run < 21; run += 1) {
          const [answer, ms] = await timed(() => audit.replay.candidateReplay(stores, replayedId));
          decisions = answer.decisions.length;
          times.push(ms);
        }
        const round = (value: number) => Math.round(value * 10) / 10;
        replay = { candidateEvents: replayedEvents, decisions, runs: times.length, firstMs: round(times[0] ?? 0), p50Ms: round(percentile(times.slice(1), 50)), p95Ms: round(percentile(times.slice(1), 95)), maxMs: round(Math.max(...times.slice(1))) };
        process.stdout.write(`replay of one candidate (${replayedEvents} events, ${decisions} decisions): first ${String(replay['firstMs'])} ms, then p50 ${String(replay['p50Ms'])} ms, p95 ${String(replay['p95Ms'])} ms\n`);
      } finally {
        await stores.close();
      }
    }

    const results = {
      events: stored,
      eventsPerCandidate: template.length,
      fill: { ms: fillMs, eventsPerSecond: rate(totalEvents, fillMs), concurrency },
      raw,
      verify,
      rebuild,
      replay,
      goals: { verifyRatio: 0.5, rebuildRatio: 0.5, replayMs: 200 },
      machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version, loadAverage: loadavg().map((value) => Math.round(value * 10) / 10) },
      command: `BENCH_AUDIT_EVENTS=${totalEvents} BENCH_AUDIT_PARTITIONS=${partitions}${only ? ` BENCH_AUDIT_ONLY=${only}` : ''} npm run bench -- audit`,
    };
    console.table([
      { measure: 'raw readAll', eventsPerSecond: raw.eventsPerSecond, ratio: 1 },
      { measure: 'verify', eventsPerSecond: verify['eventsPerSecond'] ?? '-', ratio: verify['ratioToRaw'] ?? '-' },
      { measure: 'rebuild', eventsPerSecond: rebuild.eventsPerSecond, ratio: rebuild.ratioToRaw },
    ]);
    return results;
  } finally {
    await parts.close();
    await events.drop();
    await keys.drop();
  }
};
