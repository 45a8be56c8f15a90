/**
 * The volume generator: a region's decade, session after session (10 to 20 candidates each, the
 * three pathways, rectifications, transfers, erasures), every event decided by the services'
 * deciders in memory (volume-staging.ts) and written through each service's own store, each
 * stream's new events in one append, a few appends side by side. Sessions are spread evenly over
 * ten years from 2016, so the rules of each year apply (the rulebooks change over the decade).
 */
import type { PostgresEventStore } from '@titrepro/event-store';
import { addDays, random } from './volume-candidate';
import { registerStaff, SERVICE_OF_CATEGORY, SERVICES, type Service } from './volume-region';
import { runSession, type Counters } from './volume-session';
import { StagingStore, writeBatch } from './volume-staging';

const DECADE_START = '2016-01-04';
const DECADE_DAYS = 3_650;
/** Events a session of 10 to 20 candidates makes across the four stores, about (measured: ~42 per candidate). */
const EVENTS_PER_SESSION = 640;
/** Staged events written per flush. */
const FLUSH_EVERY = 6_000;
/** Streams kept in memory across flushes: the office's staff, written to again later. */
const LONG_LIVED = /^(assessor|jurymember)-/;

export interface GenerationProgress {
  readonly events: number;
  readonly byService: Readonly<Record<Service, number>>;
  readonly sessions: number;
  readonly candidates: number;
  readonly elapsedMs: number;
}

export interface GenerateOptions {
  readonly stores: Readonly<Record<Service, PostgresEventStore>>;
  /** Events to write in all (the four stores together). */
  readonly events: number;
  /** Appends side by side while flushing. */
  readonly concurrency: number;
  /** Stop earlier than `events` when this instant (ms since epoch) is passed. */
  readonly stopAt?: number;
  /** Called after each flush; awaited (the milestone measures run there, generation paused and its time not counted). */
  readonly afterFlush?: (progress: GenerationProgress) => Promise<void>;
  /** Continue a region already partly written. */
  readonly resume?: GenerationState;
}

/** Where generation stands, to go on later (the staff and counters live on). */
export interface GenerationState {
  readonly staging: StagingStore;
  readonly staff: Awaited<ReturnType<typeof registerStaff>>;
  readonly counters: Counters;
  sessions: number;
  readonly byService: Record<Service, number>;
  elapsedMs: number;
}

const serviceOf = (streamId: string): Service => {
  const service = SERVICE_OF_CATEGORY[streamId.slice(0, streamId.indexOf('-'))];
  if (!service) throw new Error(`no service keeps ${streamId}`);
  return service;
};

export const generateRegion = async (options: GenerateOptions): Promise<GenerationState> => {
  const started = Date.now();
  const totalSessions = Math.max(1, Math.round(options.events / EVENTS_PER_SESSION));
  const spacing = DECADE_DAYS / totalSessions;
  let state = options.resume;
  if (!state) {
    const staging = new StagingStore();
    state = { staging, staff: await registerStaff(staging, DECADE_START, 12), counters: { candidates: 0, documents: 0 }, sessions: 0, byService: Object.fromEntries(SERVICES.map((service) => [service, 0])) as Record<Service, number>, elapsedMs: 0 };
  }
  const written = () => SERVICES.reduce((sum, service) => sum + state.byService[service], 0);
  let paused = 0;
  const generatingMs = () => state.elapsedMs + Date.now() - started - paused;
  // One batch is written while the next sessions are decided: the store's work and the deciders' overlap.
  let writing: Promise<void> = Promise.resolve();
  let taken = written();
  const flush = async (last: boolean) => {
    const batch = state.staging.take((streamId) => LONG_LIVED.test(streamId));
    taken += batch.reduce((sum, each) => sum + each.events.length, 0);
    await writing;
    if (written() > 0) await afterWritten();
    writing = writeBatch(batch, (streamId) => options.stores[serviceOf(streamId)], options.concurrency, (streamId, count) => {
      state.byService[serviceOf(streamId)] += count;
    });
    // Unhandled meanwhile would crash the process; it is awaited on the next flush.
    writing.catch(() => undefined);
    if (last) {
      await writing;
      await afterWritten();
    }
  };
  let reported = 0;
  const afterWritten = async () => {
    if (written() === reported) return;
    reported = written();
    const pausedAt = Date.now();
    await options.afterFlush?.({ events: written(), byService: { ...state.byService }, sessions: state.sessions, candidates: state.counters.candidates, elapsedMs: generatingMs() });
    paused += Date.now() - pausedAt;
  };
  while (taken + state.staging.pending < options.events && (options.stopAt === undefined || Date.now() < options.stopAt)) {
    const start = addDays(DECADE_START, 30 + Math.floor(state.sessions * spacing));
    await runSession(state.staging, state.staff, state.sessions, start, random(state.sessions + 1), state.counters);
    state.sessions += 1;
    if (state.staging.pending >= FLUSH_EVERY) await flush(false);
  }
  await flush(true);
  state.elapsedMs = generatingMs();
  return state;
};
