import { performance } from 'node:perf_hooks';
import type { NewEvent } from '@titrepro/event-store';
import type { Contender } from './event-store-contender';
import { benchEvent } from './event-store-fixture';

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
};

/**
 * Runs each contender once per round, rotating who goes first: the machine is shared, and noise
 * then falls on every contender alike instead of on whoever ran during a busy minute.
 */
export const interleave = async (
  contenders: readonly Contender[],
  rounds: number,
  run: (contender: Contender, round: number) => Promise<number>,
): Promise<Map<string, number[]>> => {
  const samples = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  for (let round = 0; round < rounds; round += 1) {
    for (let k = 0; k < contenders.length; k += 1) {
      const contender = contenders[(round + k) % contenders.length];
      if (!contender) continue;
      samples.get(contender.name)?.push(await run(contender, round));
    }
  }
  return samples;
};

export interface AppendShape {
  readonly writers: number;
  readonly appendsPerWriter: number;
  readonly batchSize: number;
  /** Streams get this many events, then the writer moves to a new stream. */
  readonly eventsPerStream: number;
}

/** Events per second for one round of the shape; events are built before the clock starts. */
export const appendRound = async (contender: Contender, shape: AppendShape, label: string): Promise<number> => {
  const appendsPerStream = shape.eventsPerStream / shape.batchSize;
  const plans = Array.from({ length: shape.writers }, (_, writer) =>
    Array.from({ length: shape.appendsPerWriter }, (_, i) => ({
      streamId: `${label}-w${writer}-s${Math.floor(i / appendsPerStream)}`,
      expected: (i % appendsPerStream) * shape.batchSize - 1,
      events: Array.from({ length: shape.batchSize }, (_, k): NewEvent => benchEvent(k)),
    })),
  );
  const started = performance.now();
  await Promise.all(
    plans.map(async (plan) => {
      for (const step of plan) await contender.append(step.streamId, step.expected, step.events);
    }),
  );
  const seconds = (performance.now() - started) / 1_000;
  return (shape.writers * shape.appendsPerWriter * shape.batchSize) / seconds;
};

/**
 * Events per second reading the global log from the start: all of it, checked against the count,
 * or as much as fits before `capSeconds`.
 */
export const readAllRound = async (contender: Contender, pageSize: number, capSeconds?: number): Promise<{ rate: number; seen: number }> => {
  const expected = await contender.countAll();
  const started = performance.now();
  const seen = await contender.readAll(pageSize, capSeconds === undefined ? undefined : started + capSeconds * 1_000);
  const seconds = (performance.now() - started) / 1_000;
  if (capSeconds === undefined && seen !== expected) throw new Error(`${contender.name} read ${seen} events, expected ${expected}`);
  return { rate: seen / seconds, seen };
};

/** Milliseconds to read and fold the stream. */
export const loadRound = async (contender: Contender, streamId: string, withSnapshot: boolean, expectedCount: number): Promise<number> => {
  const started = performance.now();
  const state = await contender.load(streamId, withSnapshot);
  const elapsed = performance.now() - started;
  if (state.count !== expectedCount) throw new Error(`${contender.name} folded ${state.count} events of ${streamId}, expected ${expectedCount}`);
  return elapsed;
};
