/**
 * What the volume suite measures on the region it generated, each as events per second: the raw
 * floor (`readAll` over a store's whole log, pages of 1000), the rebuild of every read model, the
 * audit's `verify` of every chain, and loading one candidate's state as a command handler does.
 * A measure given a time budget stops when it runs out and reports how far it got and its rate then
 * (`complete: false`), so that a long run still ends with figures.
 */
import type { AuditedStores } from '@titrepro/audit';
import { verifyStores } from '@titrepro/audit';
import { loadState, type PostgresEventStore } from '@titrepro/event-store';
import { readerOf, rebuildInShadow, type ShadowRebuildProgress } from '@titrepro/service-kit';
import type { ServiceParts } from '@titrepro/service-kit/reconciliation';
import { aggregates, type Service } from './volume-region';
import { median } from './suite';
import { timed } from './timing';

export interface Rate {
  readonly events: number;
  readonly ms: number;
  readonly eventsPerSecond: number;
  /** False when the time budget ran out first. */
  readonly complete: boolean;
}

export const rateOf = (events: number, ms: number, complete = true): Rate => ({ events, ms: Math.round(ms), eventsPerSecond: Math.round((events * 1000) / Math.max(ms, 1)), complete });

/** The floor: every event of the store's log, page by page, as any reader gets them. */
export const rawReadAll = async (store: PostgresEventStore, budgetMs: number): Promise<Rate> => {
  const started = performance.now();
  let after = 0;
  let events = 0;
  for (;;) {
    const page = await store.readAll({ after, maxCount: 1000 });
    if (page.length === 0) return rateOf(events, performance.now() - started);
    events += page.length;
    after = page[page.length - 1]?.globalPosition ?? after;
    if (performance.now() - started > budgetMs) return rateOf(events, performance.now() - started, false);
  }
};

const OUT_OF_TIME = 'volume: the measure ran out of time';
class OutOfTime extends Error {
  constructor() {
    super(OUT_OF_TIME);
  }
}

/** One read model rebuilt into new tables and switched in (the kit's rebuildInShadow), within the budget. */
export const rebuildReadModel = async (parts: ServiceParts, projectionName: string, budgetMs: number, say: (line: string) => void): Promise<Rate & { projection: string }> => {
  const projection = parts.projections.find((each) => each.name === projectionName);
  if (!projection) throw new Error(`${parts.service} has no projection ${projectionName}`);
  let last: ShadowRebuildProgress | undefined;
  let lastSaid = Date.now();
  try {
    const outcome = await rebuildInShadow({
      dataSource: parts.dataSource,
      store: parts.store,
      projection,
      onProgress: (progress) => {
        last = progress;
        if (Date.now() - lastSaid > 15_000) {
          lastSaid = Date.now();
          say(`  rebuild ${parts.service}/${projectionName}: ${progress.events} events, ${Math.round(progress.eventsPerSecond)} events/s`);
        }
        if (progress.phase === 'copying' && progress.elapsedMs > budgetMs) throw new OutOfTime();
      },
    });
    return { projection: projectionName, ...rateOf(outcome.events, outcome.elapsedMs) };
  } catch (error) {
    if (!(error instanceof OutOfTime) || !last) throw error;
    return { projection: projectionName, ...rateOf(last.events, last.elapsedMs, false) };
  }
};

/** The audit's `verify` of one store's chains (the CLI's verifyStores), within the budget. */
export const verifyStore = async (stores: AuditedStores, service: Service, budgetMs: number): Promise<Rate & { ok: boolean }> => {
  const started = performance.now();
  let checked = 0;
  const verification = await verifyStores(stores, {
    service,
    onProgress: (progress) => {
      checked = progress.checked;
      if (performance.now() - started > budgetMs) throw new OutOfTime();
    },
  });
  const [store] = verification.stores;
  if (store && !store.read) {
    if (store.error === OUT_OF_TIME) return { ...rateOf(checked, performance.now() - started, false), ok: true };
    throw new Error(`verify could not read ${service}: ${store.error ?? 'unknown'}`);
  }
  return { ...rateOf(verification.events, verification.elapsedMs), ok: verification.ok };
};

/** The aggregates holding one candidate's state in each service. */
const CANDIDATE_STREAMS = {
  'candidate-registry': aggregates.candidates,
  evaluation: aggregates.evaluations,
  jury: aggregates.files,
  'document-issuance': aggregates.documents,
} as const;

/**
 * Loads the candidate's state in each of the four services as their command handlers do (snapshot if
 * the category has a policy, else the stream from its start, each event read through its descriptor
 * and folded): the median of `runs` loads after one to warm up, per service and summed. Beside each
 * load, the floor: one `SELECT 1` round trip on the same pool, whose time does not depend on the
 * store's size but on how busy the machine is, so that loads measured minutes apart on a shared
 * machine can be compared (`perFloor`).
 */
export const loadCandidate = async (
  stores: Readonly<Record<Service, PostgresEventStore>>,
  candidateId: string,
  runs: number,
): Promise<{ totalMs: number; floorMs: number; perFloor: number; byService: Record<string, { ms: number; events: number }> }> => {
  const byService: Record<string, { ms: number; events: number }> = {};
  const floors: number[] = [];
  for (const [service, aggregate] of Object.entries(CANDIDATE_STREAMS) as Array<[Service, (typeof CANDIDATE_STREAMS)[Service]]>) {
    const store = stores[service];
    const streamId = aggregate.stream(candidateId).streamId;
    const load = () => loadState(store, streamId, aggregate.decider as never, { readEvent: readerOf(aggregate as never) });
    const first = await load();
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      floors.push((await timed(() => store.pool.query('SELECT 1')))[1]);
      times.push((await timed(load))[1]);
    }
    byService[service] = { ms: Math.round(median(times) * 100) / 100, events: first.revision + 1 };
  }
  const totalMs = Math.round(Object.values(byService).reduce((sum, each) => sum + each.ms, 0) * 100) / 100;
  const floorMs = Math.round(median(floors) * 1000) / 1000;
  return { totalMs, floorMs, perFloor: Math.round((totalMs / Math.max(floorMs, 0.001)) * 10) / 10, byService };
};
