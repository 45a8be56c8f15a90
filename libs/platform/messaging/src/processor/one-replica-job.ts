import type { ClientConfig } from 'pg';
import { runElected } from '../election/run-elected';
import type { SharedLockConnection } from '../election/shared-lock-connection';
import { errorText, silentLogger, type MessagingLogger } from '../messaging-logger';
import { delay } from './delay';
import type { ProcessorState } from './log-processor';

export interface OneReplicaJobOptions {
  /** Names the lock (`titrepro.job.<name>`): one replica runs the job of that name at a time. Give it the service's name too (`jury.capitalisation-sweep`). */
  readonly name: string;
  /** The service's PostgreSQL, whose advisory lock elects the replica. */
  readonly database: string | ClientConfig;
  /** Competes through this connection instead of one of its own (e.g. the projections' lock connection). */
  readonly lockConnection?: SharedLockConnection;
  /** The pause between two runs (the first runs as soon as this replica leads). */
  readonly everyMs: number;
  /** One run. A failure is logged, and the job runs again `everyMs` later. */
  readonly run: () => Promise<void>;
  /** How often a replica that does not run the job tries to take it over (default 5 s). */
  readonly electionIntervalMs?: number;
  readonly logger?: MessagingLogger;
  readonly onStateChange?: (state: ProcessorState) => void;
}

/**
 * A periodic job run by one replica only: the replicas compete for the job's advisory lock (the
 * election of the log processor), the holder runs the job at once and then every `everyMs`; if it
 * dies, PostgreSQL frees the lock and another replica takes the job over. A run already under way
 * when the lock is lost finishes: a job must be safe to run twice (like a command, idempotent).
 */
export class OneReplicaJob {
  private currentState: ProcessorState = 'stopped';
  private loop: Promise<void> | undefined;
  private stopping = false;
  private wakeUp: () => void = () => undefined;
  private stopRequested: Promise<void> = Promise.resolve();
  private readonly logger: MessagingLogger;

  constructor(private readonly options: OneReplicaJobOptions) {
    this.logger = options.logger ?? silentLogger;
  }

  get state(): ProcessorState {
    return this.currentState;
  }

  /** Joins the election; returns at once. */
  start(): void {
    if (this.loop) return;
    this.stopping = false;
    this.stopRequested = new Promise((resolve) => (this.wakeUp = resolve));
    this.setState('follower');
    const key = `titrepro.job.${this.options.name}`;
    this.loop = runElected({
      lock: { database: this.options.database, key, keepAliveIntervalMs: 1_000, applicationName: `titrepro-job:${this.options.name}` },
      ...(this.options.lockConnection ? { contender: this.options.lockConnection.contender(key) } : {}),
      electionIntervalMs: this.options.electionIntervalMs ?? 5_000,
      isStopping: () => this.stopping,
      pause: (ms) => Promise.race([delay(ms), this.stopRequested]),
      onLeading: () => this.setState('leader'),
      onFollowing: () => this.setState('follower'),
      session: async () => {
        try {
          await this.options.run();
        } catch (error) {
          this.logger.error('periodic job failed; it runs again later', { job: this.options.name, error: errorText(error) });
        }
        return this.options.everyMs;
      },
    })
      .catch((error: unknown) => this.logger.error('periodic job stopped on an unexpected error', { job: this.options.name, error: errorText(error) }))
      .finally(() => this.setState('stopped'));
  }

  /** Waits for a run under way, releases the lock. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeUp();
    await this.loop;
    this.loop = undefined;
  }

  private setState(state: ProcessorState): void {
    if (this.currentState === state) return;
    this.currentState = state;
    this.options.onStateChange?.(state);
  }
}

/** Starts a OneReplicaJob: `const job = runOnOneReplica({ name, database, everyMs, run })`, then `await job.stop()` on shutdown. */
export const runOnOneReplica = (options: OneReplicaJobOptions): OneReplicaJob => {
  const job = new OneReplicaJob(options);
  job.start();
  return job;
};
