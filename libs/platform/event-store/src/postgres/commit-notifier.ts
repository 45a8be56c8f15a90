import type { Pool } from 'pg';

/**
 * Announces that events were committed: at once to subscriptions of this process, and through
 * pg_notify to other processes. The pg_notify is sent after the append's commit, in its own
 * statement, coalesced (at most one in flight): NOTIFY inside the append transaction would take
 * PostgreSQL's global notify lock at every commit and serialise concurrent writers.
 */
export class CommitNotifier {
  private readonly local = new Set<() => void>();
  private inFlight: Promise<void> | undefined;
  private pending = false;

  constructor(
    private readonly pool: Pool,
    private readonly channel: string,
    private readonly crossProcess: boolean,
  ) {}

  committed(): void {
    for (const listener of this.local) listener();
    if (!this.crossProcess) return;
    if (this.inFlight) {
      this.pending = true;
      return;
    }
    this.send();
  }

  /** Registers a listener for commits made by this process; returns its removal. */
  onCommit(listener: () => void): () => void {
    this.local.add(listener);
    return () => this.local.delete(listener);
  }

  /** Waits for the notification in flight, if any (before closing the pool). */
  async drain(): Promise<void> {
    while (this.inFlight) await this.inFlight;
  }

  private send(): void {
    this.inFlight = this.pool
      .query('SELECT pg_notify($1, $2)', [this.channel, ''])
      .then(
        () => undefined,
        // A lost wake-up only delays subscribers until their next poll.
        () => undefined,
      )
      .finally(() => {
        this.inFlight = undefined;
        if (this.pending) {
          this.pending = false;
          this.send();
        }
      });
  }
}
