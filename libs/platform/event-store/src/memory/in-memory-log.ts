import type { Snapshot } from '../port/snapshot';
import type { StoredEvent } from '../stored/stored-event';

/** One stream as kept in memory: every event ever appended (truncation only hides), its metadata. */
export interface MemoryStream {
  readonly events: StoredEvent[];
  truncateBefore: number;
  metadata: Record<string, unknown>;
}

/**
 * The data of an in-memory event store: the global log, the streams, the snapshots and the
 * forgotten subjects. Several stores (other snapshot policies) may share one, as
 * several PostgresEventStores share one database. Appends run one at a time (`exclusive`): what a
 * single PostgreSQL statement does atomically, a chain of promises does here.
 */
export class InMemoryLog {
  readonly events: StoredEvent[] = [];
  readonly streams = new Map<string, MemoryStream>();
  readonly snapshots = new Map<string, Snapshot>();
  readonly forgotten = new Set<string>();
  private queue: Promise<unknown> = Promise.resolve();
  private waiters = new Set<() => void>();

  stream(streamId: string): MemoryStream {
    let stream = this.streams.get(streamId);
    if (!stream) {
      stream = { events: [], truncateBefore: 0, metadata: {} };
      this.streams.set(streamId, stream);
    }
    return stream;
  }

  /** Runs `work` after every earlier one settled, and before any later one starts. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Adds chained events to the log, in order, and wakes the subscriptions. */
  record(events: readonly StoredEvent[]): void {
    for (const event of events) {
      this.events.push(event);
      this.stream(event.streamId).events.push(event);
    }
    const waiting = [...this.waiters];
    this.waiters.clear();
    for (const wake of waiting) wake();
  }

  /** The next global position (positions start at 1, as in PostgreSQL). */
  nextPosition(): number {
    return (this.events.at(-1)?.globalPosition ?? 0) + 1;
  }

  /** Resolves at the next append, or when `wake` is called (a subscription stopping). */
  nextAppend(): { readonly appended: Promise<void>; readonly wake: () => void } {
    let wake: () => void = () => undefined;
    const appended = new Promise<void>((resolve) => {
      wake = () => {
        this.waiters.delete(wake);
        resolve();
      };
      this.waiters.add(wake);
    });
    return { appended, wake };
  }
}
