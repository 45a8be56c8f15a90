import type { EventStore, RecordedEvent, Subscription } from '@titrepro/event-store';
import { backoffDelay, errorText, runElected, silentLogger, type BackoffOptions, type HeldLock, type MessagingLogger, type SharedLockConnection } from '@titrepro/messaging';
import type { DataSource } from 'typeorm';
import { applyBatch } from './apply-batch';
import { countParkedEvents } from './parked-events';
import { loadCheckpoint, readCheckpoint, StaleCheckpointError } from './projection-checkpoints';
import type { AnyProjection } from './projection-definition';
import { projectionMetrics } from './projection-metrics';

export interface ProjectionRunnerOptions {
  readonly projection: AnyProjection;
  readonly store: EventStore;
  /** The read models' database (TypeORM), where the checkpoint and the parked events live too. */
  readonly dataSource: DataSource;
  /** The same database as a connection string, for the lock's own connection. */
  readonly database: string;
  /** The process's connection for its runners' locks; without it, the runner's lock has a connection of its own. */
  readonly lockConnection?: SharedLockConnection;
  readonly logger?: MessagingLogger;
  /** How often a follower tries to take the lock (default 1 s). */
  readonly electionIntervalMs?: number;
  readonly restartBackoff?: BackoffOptions;
  /** How often an idle leader checks that nobody moved its checkpoint (default 1 s). */
  readonly checkpointWatchIntervalMs?: number;
}

export type ProjectionState = 'stopped' | 'follower' | 'leader';

export interface ProjectionStatus {
  readonly projection: string;
  readonly state: ProjectionState;
  readonly position: number;
  readonly parked: number;
  readonly consecutiveFailures: number;
  /** How long the sessions have been failing in a row (0 when the last one applied its batch). */
  readonly failingForMs: number;
  readonly lastError?: string;
}

const RESTART_BACKOFF: BackoffOptions = { initialMs: 250, maxMs: 30_000, factor: 2 };

/**
 * Keeps one projection up to date. Replicas compete for a PostgreSQL advisory lock; the holder
 * subscribes to the store from the stored checkpoint and applies each page of events in one
 * transaction with the checkpoint (applyBatch). When a session fails (the database away, the
 * checkpoint moved by a rebuild) it ends and starts again from the stored checkpoint after a pause
 * growing with the failures; losing the lock ends it too.
 */
export class ProjectionRunner {
  private currentState: ProjectionState = 'stopped';
  private position = 0;
  private parked = 0;
  private failures = 0;
  private failingSince: number | undefined;
  private lastError: string | undefined;
  private applying = false;
  private loop: Promise<void> | undefined;
  private stopping = false;
  private wakeUp: () => void = () => undefined;
  private stopRequested: Promise<void> = Promise.resolve();
  private readonly logger: MessagingLogger;
  private readonly metrics = projectionMetrics();

  constructor(private readonly options: ProjectionRunnerOptions) {
    this.logger = options.logger ?? silentLogger;
  }

  get name(): string {
    return this.options.projection.name;
  }

  /** The store category the projection reads (undefined: every stream). */
  get category(): string | undefined {
    return this.options.projection.category;
  }

  status(): ProjectionStatus {
    return {
      projection: this.name,
      state: this.currentState,
      position: this.position,
      parked: this.parked,
      consecutiveFailures: this.failures,
      failingForMs: this.failingSince === undefined ? 0 : Date.now() - this.failingSince,
      ...(this.lastError ? { lastError: this.lastError } : {}),
    };
  }

  start(): void {
    if (this.loop) return;
    this.stopping = false;
    this.stopRequested = new Promise((resolve) => (this.wakeUp = resolve));
    this.setState('follower');
    this.loop = this.run().catch((error: unknown) => {
      this.logger.error('projection runner stopped on an unexpected error', { projection: this.name, error: errorText(error) });
      this.setState('stopped');
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeUp();
    await this.loop;
    this.loop = undefined;
  }

  /** Re-reads the parked count (after an operator's retry or rebuild, which may run on another replica). */
  async refreshParked(): Promise<number> {
    this.parked = await countParkedEvents(this.options.dataSource, this.name);
    this.metrics.parked.set({ projection: this.name }, this.parked);
    return this.parked;
  }

  private async run(): Promise<void> {
    try {
      await runElected({
        lock: { database: this.options.database, key: `titrepro.projection.${this.name}`, keepAliveIntervalMs: 1_000, applicationName: `titrepro-projection:${this.name}` },
        ...(this.options.lockConnection ? { contender: this.options.lockConnection.contender(`titrepro.projection.${this.name}`) } : {}),
        electionIntervalMs: this.options.electionIntervalMs ?? 1_000,
        isStopping: () => this.stopping,
        pause: (ms) => this.pause(ms),
        onLeading: () => this.setState('leader'),
        onFollowing: () => this.setState('follower'),
        session: async (lock) => ((await this.session(lock)) ? backoffDelay(this.failures, this.options.restartBackoff ?? RESTART_BACKOFF) : 0),
      });
    } finally {
      this.setState('stopped');
    }
  }

  /** From the stored checkpoint until a failure, the loss of the lock, or stop. True when it failed. */
  private async session(lock: HeldLock): Promise<boolean> {
    let subscription: Subscription | undefined;
    let markFailed: (error: unknown) => void = () => undefined;
    const failed = new Promise<unknown>((resolve) => (markFailed = resolve));
    // An idle runner has no batch to find the checkpoint moved (an operator's rebuild on any replica): it looks.
    const watch = setInterval(() => {
      if (this.applying) return;
      readCheckpoint(this.options.dataSource, this.name)
        .then((stored) => {
          if (!this.applying && stored !== this.position) markFailed(new StaleCheckpointError(`checkpoint of ${this.name} moved to ${stored}`));
        })
        .catch(() => undefined);
    }, this.options.checkpointWatchIntervalMs ?? 1_000);
    watch.unref();
    try {
      this.position = await loadCheckpoint(this.options.dataSource, this.name);
      this.metrics.position.set({ projection: this.name }, this.position);
      await this.refreshParked();
      subscription = this.options.store.subscribe({
        after: this.position,
        category: this.options.projection.category,
        handleBatch: (events) => this.applyPage(events),
        onError: markFailed,
      });
      const ended = await Promise.race([
        failed.then((error) => ({ error })),
        lock.lost.then(() => ({ error: undefined })),
        this.stopRequested.then(() => ({ error: undefined })),
      ]);
      if (ended.error === undefined) return false;
      return this.recordFailure(ended.error);
    } catch (error) {
      return this.recordFailure(error);
    } finally {
      clearInterval(watch);
      await subscription?.stop().catch(() => undefined);
    }
  }

  private async applyPage(events: readonly RecordedEvent[]): Promise<void> {
    this.applying = true;
    try {
      const outcome = await applyBatch(this.options.dataSource, this.options.projection, this.position, events);
      this.position = outcome.position;
      await this.afterBatch(outcome.parked);
    } finally {
      this.applying = false;
    }
  }

  private async afterBatch(parked: number): Promise<void> {
    this.metrics.position.set({ projection: this.name }, this.position);
    if (parked > 0) {
      this.logger.warn('projection parked events it could not apply', { projection: this.name, parked });
      await this.refreshParked();
    }
    this.failures = 0;
    this.failingSince = undefined;
    this.lastError = undefined;
  }

  private recordFailure(error: unknown): boolean {
    if (this.stopping) return false;
    // A rebuild or a retry moved the checkpoint: start again from it, at once.
    if (error instanceof StaleCheckpointError) return false;
    this.failures += 1;
    this.failingSince ??= Date.now();
    this.lastError = errorText(error);
    this.metrics.failures.inc({ projection: this.name });
    this.logger.error('projection stopped; it restarts from its checkpoint', { projection: this.name, error: this.lastError, failures: this.failures });
    return true;
  }

  private setState(state: ProjectionState): void {
    this.currentState = state;
    this.metrics.leader.set({ projection: this.name }, state === 'leader' ? 1 : 0);
  }

  private pause(ms: number): Promise<void> {
    return Promise.race([new Promise<void>((resolve) => setTimeout(resolve, ms).unref()), this.stopRequested]);
  }
}
