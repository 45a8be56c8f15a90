import type { EventStore, RecordedEvent, Subscription, SubscriptionOptions } from '@titrepro/event-store';
import type { ClientConfig } from 'pg';
import type { Registry } from 'prom-client';
import { runElected } from '../election/run-elected';
import type { LockContender } from '../election/shared-lock-connection';
import { errorText, silentLogger, type MessagingLogger } from '../messaging-logger';
import type { HeldLock } from '../relay/advisory-lock';
import { delay } from './delay';
import { processorMetrics, type ProcessorMetrics } from './processor-metrics';

export type ProcessorState = 'stopped' | 'follower' | 'leader';

/** How a leading session ended: an error, the loss of the lock, or a stop. */
export type SessionOutcome = 'failed' | 'lost' | 'stopped';

/** A periodic task of a leading session: runs every `everyMs`, one pass at a time, until the session ends. */
export interface SessionTask {
  readonly everyMs: number;
  readonly run: () => Promise<void> | void;
}

/**
 * What a declaration does while it leads: where it reads the log from, what it does with each event
 * (`handler`) or each page (`handleBatch`), what it tends meanwhile, and how it winds down.
 */
export interface ProcessorSession {
  /** Reads the log after this position; from its start when undefined. */
  readonly after?: number;
  /** One event at a time (`handler`), or each page of the log in one call (`handleBatch`). */
  readonly delivery: { readonly handler: (event: RecordedEvent) => Promise<void> } | { readonly handleBatch: (events: readonly RecordedEvent[]) => Promise<void> };
  readonly tasks?: readonly SessionTask[];
  /** Before the subscription stops (e.g. send what was read, on a graceful stop). */
  readonly beforeUnsubscribe?: (outcome: SessionOutcome) => Promise<void>;
  /** After the subscription stopped (disconnect what the session opened). */
  readonly close?: (outcome: SessionOutcome) => Promise<void>;
}

/**
 * One reader of the global log, as declared by the relay, a projection or a reactor: its name and
 * kind (the lock's key, the metrics, the logs), the category it reads, and how it opens a session
 * once it leads (loading its checkpoint through the lock's connection or its own database).
 */
export interface LogProcessorDeclaration {
  /** `relay`, `projection`, or a reactor's kind: the lock is `titrepro.<kind>.<name>`. */
  readonly kind: string;
  readonly name: string;
  /** Only streams of this category (`<category>-…`); every stream when left out. */
  readonly category?: string;
  /** Opens a leading session. `fail` ends it as failed from anywhere (a batch sent on a timer, a watch). */
  readonly open: (lock: HeldLock, fail: (error: unknown) => void) => Promise<ProcessorSession>;
  /** An error that ends the session without counting as a failure: the next one starts at once (a checkpoint moved by a rebuild). */
  readonly restartsAtOnce?: (error: unknown) => boolean;
}

export interface LogProcessorOptions {
  readonly store: EventStore;
  /** The database whose advisory lock elects the one active replica (a connection of the processor's own). */
  readonly database: string | ClientConfig;
  /** Competes through this instead (a SharedLockConnection's contender): many processors, one connection. */
  readonly contender?: LockContender;
  /** How often a follower tries to take the lock (default 1 s). */
  readonly electionIntervalMs?: number;
  /** How often the leader checks its lock connection (default 1 s). */
  readonly keepAliveIntervalMs?: number;
  /** The pause before the session after failure number `failures` (1 = the first in a row). */
  readonly restartDelay: (failures: number) => number;
  /** How long a stop waits for the subscription to hand back its last event (default: as long as it takes). */
  readonly unsubscribeTimeoutMs?: number;
  readonly metrics?: Registry;
  readonly logger?: MessagingLogger;
  /** Told whenever this replica becomes leader or follower, or stops. */
  readonly onStateChange?: (state: ProcessorState) => void;
}

export interface ProcessorStatus {
  readonly state: ProcessorState;
  readonly consecutiveFailures: number;
  /** How long the sessions have been failing in a row (0 when the last one made progress). */
  readonly failingForMs: number;
  readonly lastError?: string;
}

/**
 * The one reader of the global event log the platform has: the relay, each projection and any
 * reactor are declarations on it. Replicas compete for a PostgreSQL advisory lock (one active
 * reader per name); the holder opens a session (its checkpoint), subscribes to the store from there
 * and hands over each event or page; a session ends on a failure, the loss of the lock or a stop,
 * and the next one starts again from the stored checkpoint, after a pause growing with the failures.
 * The declaration keeps its checkpoint, parking and holding (see StreamHolds, the parked tables).
 */
export class LogProcessor {
  private currentState: ProcessorState = 'stopped';
  private failures = 0;
  private failingSince: number | undefined;
  private lastError: string | undefined;
  private loop: Promise<void> | undefined;
  private stopping = false;
  private wakeUp: () => void = () => undefined;
  private stopRequested: Promise<void> = Promise.resolve();
  private readonly logger: MessagingLogger;
  readonly metrics: ProcessorMetrics;

  constructor(
    readonly declaration: LogProcessorDeclaration,
    private readonly options: LogProcessorOptions,
  ) {
    this.logger = options.logger ?? silentLogger;
    this.metrics = processorMetrics(declaration.kind, declaration.name, options.metrics);
  }

  get name(): string {
    return this.declaration.name;
  }

  get state(): ProcessorState {
    return this.currentState;
  }

  status(): ProcessorStatus {
    return {
      state: this.currentState,
      consecutiveFailures: this.failures,
      failingForMs: this.failingSince === undefined ? 0 : Date.now() - this.failingSince,
      ...(this.lastError ? { lastError: this.lastError } : {}),
    };
  }

  /** The declaration made progress (a batch applied or acknowledged): the failures in a row are over. */
  progressed(): void {
    this.failures = 0;
    this.failingSince = undefined;
    this.lastError = undefined;
  }

  /** Joins the election and, once leader, reads. Returns at once. */
  start(): void {
    if (this.loop) return;
    this.stopping = false;
    this.stopRequested = new Promise((resolve) => (this.wakeUp = resolve));
    this.setState('follower');
    this.loop = this.run().catch((error: unknown) => {
      this.logger.error(`${this.declaration.kind} stopped on an unexpected error`, { ...this.context(), error: errorText(error) });
      this.setState('stopped');
    });
  }

  /** Ends the session (its declaration winds down), releases the lock. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeUp();
    await this.loop;
    this.loop = undefined;
  }

  /** Sleeps, waking early on stop. */
  pause(ms: number): Promise<void> {
    return Promise.race([delay(ms), this.stopRequested]);
  }

  private context(): Record<string, string> {
    return { [this.declaration.kind]: this.declaration.name };
  }

  private async run(): Promise<void> {
    const { kind, name } = this.declaration;
    const key = `titrepro.${kind}.${name}`;
    try {
      await runElected({
        lock: { database: this.options.database, key, keepAliveIntervalMs: this.options.keepAliveIntervalMs ?? 1_000, applicationName: `titrepro-${kind}:${name}` },
        ...(this.options.contender ? { contender: this.options.contender } : {}),
        electionIntervalMs: this.options.electionIntervalMs ?? 1_000,
        isStopping: () => this.stopping,
        pause: (ms) => this.pause(ms),
        onLeading: () => {
          this.setState('leader');
          this.logger.info(`${kind} leads`, this.context());
        },
        onFollowing: (lockLost) => {
          if (lockLost) this.logger.warn(`${kind} lost its lock`, this.context());
          this.setState('follower');
        },
        session: async (lock) => ((await this.session(lock)) === 'failed' ? this.options.restartDelay(this.failures) : 0),
      });
    } finally {
      this.setState('stopped');
    }
  }

  /** One leading session: from the stored checkpoint until a failure, the loss of the lock, or stop. */
  private async session(lock: HeldLock): Promise<SessionOutcome> {
    let markFailed: (error: unknown) => void = () => undefined;
    const failed = new Promise<unknown>((resolve) => (markFailed = resolve));
    let session: ProcessorSession | undefined;
    let subscription: Subscription | undefined;
    const timers: NodeJS.Timeout[] = [];
    let outcome: SessionOutcome = 'failed';
    try {
      session = await this.declaration.open(lock, markFailed);
      for (const task of session.tasks ?? []) timers.push(every(task));
      subscription = this.options.store.subscribe({
        ...(session.after === undefined ? {} : { after: session.after }),
        ...(this.declaration.category ? { category: this.declaration.category } : {}),
        ...session.delivery,
        onError: markFailed,
      } as SubscriptionOptions);
      const ended = await Promise.race([
        failed.then((error) => ({ outcome: 'failed' as const, error })),
        lock.lost.then(() => ({ outcome: 'lost' as const, error: undefined as unknown })),
        this.stopRequested.then(() => ({ outcome: 'stopped' as const, error: undefined as unknown })),
      ]);
      outcome = this.ended(ended.outcome, ended.error);
    } catch (error) {
      outcome = this.ended('failed', error);
    } finally {
      for (const timer of timers) clearInterval(timer);
      await session?.beforeUnsubscribe?.(outcome).catch(() => undefined);
      const unsubscribed = subscription?.stop().catch(() => undefined);
      await (this.options.unsubscribeTimeoutMs === undefined ? unsubscribed : Promise.race([unsubscribed, delay(this.options.unsubscribeTimeoutMs)]));
      await session?.close?.(outcome).catch(() => undefined);
    }
    return outcome;
  }

  /** Counts a failure (unless stopping, or one the declaration restarts from at once) and logs it. */
  private ended(outcome: SessionOutcome, error: unknown): SessionOutcome {
    if (outcome !== 'failed') return outcome;
    if (this.stopping) return 'stopped';
    if (this.declaration.restartsAtOnce?.(error)) return 'lost';
    this.failures += 1;
    this.failingSince ??= Date.now();
    this.lastError = errorText(error);
    this.metrics.failed();
    this.logger.error(`${this.declaration.kind} session failed; it restarts from its checkpoint`, { ...this.context(), error: this.lastError, failures: this.failures });
    return 'failed';
  }

  private setState(state: ProcessorState): void {
    if (this.currentState === state) return;
    this.currentState = state;
    this.metrics.leader(state === 'leader');
    this.options.onStateChange?.(state);
  }
}

/** A task's timer: one pass at a time, its errors its own business (a missed sample is not worth failing a session for). */
const every = (task: SessionTask): NodeJS.Timeout => {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    Promise.resolve()
      .then(task.run)
      .catch(() => undefined)
      .finally(() => (running = false));
  }, task.everyMs);
  timer.unref();
  return timer;
};
