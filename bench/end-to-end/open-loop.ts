/**
 * An open-loop arrival schedule: arrival i is due at `i / rate` seconds after the start, whether or
 * not the earlier arrivals have answered. The clock decides, never a previous request's answer: a
 * loop awaiting each request would slow its arrivals down exactly when the system slows, hiding the
 * queueing it is meant to measure (coordinated omission).
 */
export interface OpenLoopClock {
  /** Milliseconds, monotonic. */
  now(): number;
  /** Resolves after about `ms` milliseconds (it may be late: the schedule catches up). */
  sleep(ms: number): Promise<void>;
}

export interface Arrival {
  readonly index: number;
  /** When it was due, in ms of the clock: latencies are measured from here, not from when it fired. */
  readonly dueAt: number;
  /** When it actually fired: later than dueAt when the event loop was busy. */
  readonly firedAt: number;
}

export interface OpenLoopOptions {
  /** Arrivals per second. */
  readonly rate: number;
  readonly durationMs: number;
  /** Called once per arrival, without being awaited. */
  readonly fire: (arrival: Arrival) => void;
  readonly clock?: OpenLoopClock;
}

export interface OpenLoopRun {
  readonly arrivals: number;
  /** The largest delay between an arrival's due time and its firing, in ms. */
  readonly maxLagMs: number;
}

export const systemClock: OpenLoopClock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/** How many arrivals a step of `durationMs` at `rate` per second holds. */
export const arrivalCount = (rate: number, durationMs: number): number => {
  if (!(rate > 0) || !(durationMs > 0)) throw new RangeError(`rate and duration must be positive (rate ${rate}, duration ${durationMs} ms)`);
  return Math.floor((rate * durationMs) / 1000);
};

/** The due time of arrival `index`, in ms after the start: a fixed spacing of 1000 / rate. */
export const dueOffset = (rate: number, index: number): number => (index * 1000) / rate;

/**
 * Fires every arrival of the step at its due time. When the process was busy and several arrivals
 * are overdue, they all fire at once (their due times kept), so a busy moment never lowers the rate.
 */
export const runOpenLoop = async ({ rate, durationMs, fire, clock = systemClock }: OpenLoopOptions): Promise<OpenLoopRun> => {
  const total = arrivalCount(rate, durationMs);
  const start = clock.now();
  let maxLagMs = 0;
  for (let index = 0; index < total; ) {
    const now = clock.now();
    while (index < total && start + dueOffset(rate, index) <= now) {
      const dueAt = start + dueOffset(rate, index);
      maxLagMs = Math.max(maxLagMs, now - dueAt);
      fire({ index, dueAt, firedAt: now });
      index += 1;
    }
    if (index < total) await clock.sleep(start + dueOffset(rate, index) - clock.now());
  }
  return { arrivals: total, maxLagMs };
};
