import type { Pool } from 'pg';

/**
 * Announces that events were committed: at once to subscriptions of this process, and through
 * pg_notify to other processes. The pg_notify is sent after the append's commit, in its own
 * statement, at most once per `intervalMs` (trailing; 25 ms by default): NOTIFY inside every append transaction would
 * take PostgreSQL's global notify lock at each commit and serialise concurrent writers, and one
 * notification per append would double the commits. Subscribers read everything new when woken.
 */
export class CommitNotifier {
  private readonly local = new Set<() => void>();
  private inFlight: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private lastSent = 0;

  constructor(
    private readonly pool: Pool,
    private readonly channel: string,
    private readonly crossProcess: boolean,
    private readonly intervalMs = 25,
  ) {}

  committed(): void {
    for (const listener of this.local) listener();
    if (!this.crossProcess || this.timer) return;
    const wait = this.lastSent + this.intervalMs - Date.now();
    this.timer = setTimeout(() => this.send(), Math.max(0, wait));
  }

  /** Registers a listener for commits made by this process; returns its removal. */
  onCommit(listener: () => void): () => void {
    this.local.add(listener);
    return () => this.local.delete(listener);
  }

  /** Sends what is pending now and waits for it (before closing the pool). */
  async drain(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.send();
    }
    while (this.inFlight) await this.inFlight;
  }

  private send(): void {
    this.timer = undefined;
    if (this.inFlight) {
      // One in flight at a time: try again once it is done.
      this.timer = setTimeout(() => this.send(), this.intervalMs);
      return;
    }
    this.lastSent = Date.now();
    this.inFlight = this.pool
      .query('SELECT pg_notify($1, $2)', [this.channel, ''])
      .then(
        () => undefined,
        // A lost wake-up only delays subscribers until their next poll.
        () => undefined,
      )
      .finally(() => {
        this.inFlight = undefined;
      });
  }
}
