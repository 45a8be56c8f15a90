import type { ReadinessCheckResult } from '../health/readiness-report';

/** What the guard needs of `process`: a test passes an emitter of its own. */
export interface RejectionSource {
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
  off(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

const textOf = (reason: unknown): string => (reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason));

/**
 * A promise rejected with nobody listening. Node's default is to exit the process: one background
 * retry of a client library (kafkajs refreshes metadata and restarts its consumers on timers of its
 * own) would then stop a region's service, which is what `npm run demo` did on a topic that did not
 * exist yet. The call sites handle their errors; this is the net under them. Each distinct error is
 * logged once, with its stack, then only counted; readiness shows them as `degraded` (the service
 * serves; an operator reads the log and fixes the call site). The checks of the component concerned
 * (a consumer that does not consume, Kafka away) say `down` when it really cannot work. Uncaught
 * exceptions still stop the process: after a synchronous throw its state is unknown.
 */
export class UnhandledRejections {
  private readonly seen = new Map<string, number>();
  private last: string | undefined;

  constructor(private readonly log: (message: string, reason: unknown) => void) {}

  /** Listens on `source` (the process) until the returned function is called. */
  install(source: RejectionSource): () => void {
    const listener = (reason: unknown) => this.record(reason);
    source.on('unhandledRejection', listener);
    return () => void source.off('unhandledRejection', listener);
  }

  record(reason: unknown): void {
    const text = textOf(reason);
    const count = (this.seen.get(text) ?? 0) + 1;
    this.seen.set(text, count);
    this.last = text;
    if (count === 1) this.log(`unhandled promise rejection (the process goes on; logged once per error): ${text}`, reason);
  }

  readiness(): ReadinessCheckResult {
    const total = [...this.seen.values()].reduce((sum, count) => sum + count, 0);
    if (total === 0) return { status: 'up', details: { unhandledRejections: 0 } };
    return {
      status: 'degraded',
      details: { unhandledRejections: total, distinct: this.seen.size, last: this.last, message: `${total} unhandled promise rejection(s), see the log` },
    };
  }
}
