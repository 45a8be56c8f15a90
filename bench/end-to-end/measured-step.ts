import { LatencyHistogram, type LatencySummary } from './latency-histogram';
import { runOpenLoop, type Arrival } from './open-loop';

export interface StepOptions {
  readonly rate: number;
  readonly durationMs: number;
  /** How long the arrivals still unanswered when the schedule ends may take before they count as lost. */
  readonly drainMs: number;
}

export interface StepResult {
  readonly rate: number;
  readonly arrivals: number;
  /** Arrivals answered: those that failed or did not answer within the drain count as lost. */
  readonly answered: number;
  readonly failed: number;
  readonly latency: LatencySummary;
  /** The largest delay of an arrival's firing behind its due time (the load generator's own lag). */
  readonly maxLagMs: number;
}

const sleep = (ms: number) => new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms).unref());

/**
 * One rate step of one measure: `issue` starts the work of an arrival and resolves with the
 * performance.now() at which its outcome was observed; the latency runs from the arrival's due time.
 */
export const measureStep = async ({ rate, durationMs, drainMs }: StepOptions, issue: (arrival: Arrival) => Promise<number>): Promise<StepResult> => {
  const histogram = new LatencyHistogram();
  const pending: Promise<void>[] = [];
  let failed = 0;
  const run = await runOpenLoop({
    rate,
    durationMs,
    fire: (arrival) =>
      void pending.push(
        issue(arrival).then(
          (observedAt) => histogram.record(observedAt - arrival.dueAt),
          () => void (failed += 1),
        ),
      ),
  });
  await Promise.race([Promise.all(pending), sleep(drainMs)]);
  return { rate, arrivals: run.arrivals, answered: histogram.count, failed, latency: histogram.summary(), maxLagMs: run.maxLagMs };
};
