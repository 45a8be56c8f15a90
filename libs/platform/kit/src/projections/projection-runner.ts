import type { EventStore, RecordedEvent } from '@titrepro/event-store';
import { backoffDelay, LogProcessor, type BackoffOptions, type MessagingLogger, type ProcessorSession, type ProcessorState, type SharedLockConnection } from '@titrepro/messaging';
import type { DataSource } from 'typeorm';
import { applyBatch } from './apply-batch';
import { countParkedEvents } from './parked-events';
import { loadCheckpoint, readCheckpoint, StaleCheckpointError } from './projection-checkpoints';
import type { AnyProjection } from './projection-definition';

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

export type ProjectionState = ProcessorState;

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
 * Keeps one projection up to date: a declaration on the LogProcessor (one active runner across
 * replicas, sessions restarted from the stored checkpoint after a pause growing with the failures).
 * The leader applies each page of events in one transaction with the checkpoint (applyBatch); a
 * checkpoint moved by a rebuild or a retry ends the session, and the next starts from it at once.
 */
export class ProjectionRunner {
  private position = 0;
  private parked = 0;
  private applying = false;
  private readonly processor: LogProcessor;

  constructor(private readonly options: ProjectionRunnerOptions) {
    const key = `titrepro.projection.${options.projection.name}`;
    this.processor = new LogProcessor(
      {
        kind: 'projection',
        name: options.projection.name,
        ...(options.projection.category ? { category: options.projection.category } : {}),
        open: (_lock, fail) => this.open(fail),
        restartsAtOnce: (error) => error instanceof StaleCheckpointError,
      },
      {
        store: options.store,
        database: options.database,
        ...(options.lockConnection ? { contender: options.lockConnection.contender(key) } : {}),
        electionIntervalMs: options.electionIntervalMs ?? 1_000,
        restartDelay: (failures) => backoffDelay(failures, options.restartBackoff ?? RESTART_BACKOFF),
        ...(options.logger ? { logger: options.logger } : {}),
      },
    );
  }

  get name(): string {
    return this.options.projection.name;
  }

  /** The store category the projection reads (undefined: every stream). */
  get category(): string | undefined {
    return this.options.projection.category;
  }

  status(): ProjectionStatus {
    const { state, ...failures } = this.processor.status();
    return { projection: this.name, state, position: this.position, parked: this.parked, ...failures };
  }

  start(): void {
    this.processor.start();
  }

  stop(): Promise<void> {
    return this.processor.stop();
  }

  /** Re-reads the parked count (after an operator's retry or rebuild, which may run on another replica). */
  async refreshParked(): Promise<number> {
    this.parked = await countParkedEvents(this.options.dataSource, this.name);
    this.processor.metrics.parked(this.parked);
    return this.parked;
  }

  /** One session, from the stored checkpoint. */
  private async open(fail: (error: unknown) => void): Promise<ProcessorSession> {
    this.position = await loadCheckpoint(this.options.dataSource, this.name);
    this.processor.metrics.position(this.position);
    await this.refreshParked();
    return {
      after: this.position,
      delivery: { handleBatch: (events) => this.applyPage(events) },
      // An idle runner has no batch to find the checkpoint moved (an operator's rebuild on any replica): it looks.
      tasks: [
        {
          everyMs: this.options.checkpointWatchIntervalMs ?? 1_000,
          run: async () => {
            if (this.applying) return;
            const stored = await readCheckpoint(this.options.dataSource, this.name);
            if (!this.applying && stored !== this.position) fail(new StaleCheckpointError(`checkpoint of ${this.name} moved to ${stored}`));
          },
        },
      ],
    };
  }

  private async applyPage(events: readonly RecordedEvent[]): Promise<void> {
    this.applying = true;
    try {
      const outcome = await applyBatch(this.options.dataSource, this.options.projection, this.position, events);
      this.position = outcome.position;
      this.processor.metrics.position(this.position);
      if (outcome.parked > 0) {
        this.options.logger?.warn('projection parked events it could not apply', { projection: this.name, parked: outcome.parked });
        await this.refreshParked();
      }
      this.processor.progressed();
    } finally {
      this.applying = false;
    }
  }
}
