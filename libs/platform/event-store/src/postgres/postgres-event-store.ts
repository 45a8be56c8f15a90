import type { Pool, PoolConfig } from 'pg';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  ReadAllOptions,
  ReadStreamOptions,
  StreamMetadata,
  Subscription,
  SubscriptionOptions,
  VerificationReport,
} from '../port/event-store';
import type { EventData, NewEvent, RecordedEvent } from '../port/events';
import type { KeyStore } from '../port/key-store';
import { categoryOf, type Snapshot, type SnapshotPolicy } from '../port/snapshot';
import { appendStatements } from './append-statements';
import { CommitNotifier } from './commit-notifier';
import { HeadCache } from './head-cache';
import { migrate } from './migrate';
import { NotificationListener } from './notification-listener';
import { appendToStream } from './pg-append';
import type { PgContext } from './pg-context';
import { forgetSubject } from './pg-forget';
import { deleteStream, getStreamMetadata, setStreamMetadata } from './pg-lifecycle';
import { GlobalLogReader, readStream } from './pg-reads';
import { readSnapshot, writeSnapshot } from './pg-snapshots';
import { startPollingSubscription } from './pg-subscription';
import { verifyAll, verifyStream } from './pg-verify';
import { ownPool } from './own-pool';
import { rowTypesOf } from './row-types';
import { schemaNames } from './schema-names';

export interface PostgresEventStoreOptions {
  /** Either a connection string (the store owns its pool) or a pool the caller owns. */
  readonly connectionString?: string;
  readonly pool?: Pool;
  /** Pool settings when the store creates its pool (max connections, …). */
  readonly poolConfig?: Omit<PoolConfig, 'connectionString'>;
  /** PostgreSQL schema holding the store's tables (default `event_store`). */
  readonly schema?: string;
  readonly snapshots?: readonly SnapshotPolicy[];
  /**
   * Where subject keys live: a `PostgresKeyStore` on a database of its own (or a KMS), never this
   * store's database, so that a backup of it holds only ciphertext. Without one, an append carrying
   * personal data is refused and sealed fields read as REDACTED.
   */
  readonly keyStore?: KeyStore;
  /** Run `migrate()` before returning (default true). */
  readonly migrate?: boolean;
  /** Announce commits to other processes with pg_notify (default true). */
  readonly notify?: boolean;
  readonly subscriptionBatchSize?: number;
  /** How long an idle subscription waits for a notification before polling anyway (default 1 s). */
  readonly pollIntervalMs?: number;
}

/**
 * The event store on PostgreSQL (`pg`). One append = one statement (`append_to_stream`), in its own
 * transaction or in the caller's (`{ transaction: client }`). Global reads and subscriptions see only
 * the stable prefix of the log, so no late commit is ever skipped.
 */
export class PostgresEventStore implements EventStore {
  private readonly log: GlobalLogReader;
  private readonly listener: NotificationListener;

  private constructor(
    private readonly ctx: PgContext,
    private readonly ownsPool: boolean,
    private readonly settings: { batchSize: number; pollIntervalMs: number },
  ) {
    this.log = new GlobalLogReader(ctx);
    // Its own name in pg_stat_activity: `<service>/listen` beside the pool's `<service>/event-store`.
    const poolName = ctx.pool.options.application_name;
    this.listener = new NotificationListener({ ...ctx.pool.options, ...(poolName ? { application_name: poolName.replace(/\/event-store$/, '/listen') } : {}) }, ctx.names.channel);
  }

  static async create(options: PostgresEventStoreOptions): Promise<PostgresEventStore> {
    if (!options.pool && !options.connectionString) throw new Error('PostgresEventStore needs a pool or a connectionString');
    const pool = options.pool ?? ownPool(options.connectionString ?? '', options.poolConfig);
    const names = schemaNames(options.schema ?? 'event_store');
    const snapshots = new Map<string, SnapshotPolicy>();
    for (const policy of options.snapshots ?? []) {
      if (!Number.isInteger(policy.every) || policy.every < 1) throw new TypeError(`Snapshot policy of ${policy.category}: every must be ≥ 1`);
      snapshots.set(policy.category, policy);
    }
    const ctx: PgContext = {
      pool,
      names,
      keyStore: options.keyStore,
      snapshots,
      heads: new HeadCache(),
      statements: appendStatements(names),
      notifier: new CommitNotifier(pool, names.channel, options.notify ?? true),
      rowTypes: rowTypesOf(pool),
    };
    const store = new PostgresEventStore(ctx, !options.pool, {
      batchSize: options.subscriptionBatchSize ?? 500,
      pollIntervalMs: options.pollIntervalMs ?? 1_000,
    });
    if (options.migrate ?? true) await store.migrate();
    return store;
  }

  /** Applies pending schema migrations (under an advisory lock; safe to call concurrently). */
  migrate(): Promise<number[]> {
    return migrate(this.ctx.pool, this.ctx.names.schema);
  }

  /** The pool the store runs on: open your transaction on it to append inside it. */
  get pool(): Pool {
    return this.ctx.pool;
  }

  get schema(): string {
    return this.ctx.names.schema;
  }

  appendToStream(streamId: string, events: readonly NewEvent[], options?: AppendOptions): Promise<AppendResult> {
    return appendToStream(this.ctx, streamId, events, options);
  }

  readStream<Data extends EventData = EventData>(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent<Data>[]> {
    return readStream(this.ctx, streamId, options) as Promise<RecordedEvent<Data>[]>;
  }

  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.log.readAll(options);
  }

  /** The highest global position below which the log can no longer change. */
  stablePosition(): Promise<number> {
    return this.log.stablePosition();
  }

  subscribe(options: SubscriptionOptions): Subscription {
    return startPollingSubscription(
      this.log,
      options,
      { batchSize: this.settings.batchSize, pollIntervalMs: this.settings.pollIntervalMs },
      (poke) => {
        const stopLocal = this.ctx.notifier.onCommit(poke);
        const stopRemote = this.listener.listen(poke);
        return () => {
          stopLocal();
          stopRemote();
        };
      },
    );
  }

  getStreamMetadata(streamId: string): Promise<StreamMetadata> {
    return getStreamMetadata(this.ctx, streamId);
  }

  setStreamMetadata(streamId: string, metadata: StreamMetadata): Promise<void> {
    return setStreamMetadata(this.ctx, streamId, metadata);
  }

  deleteStream(streamId: string): Promise<void> {
    return deleteStream(this.ctx, streamId);
  }

  verifyStream(streamId: string): Promise<VerificationReport> {
    return verifyStream(this.ctx, streamId);
  }

  verifyAll(): Promise<VerificationReport> {
    return verifyAll(this.ctx);
  }

  snapshotPolicy(streamId: string): SnapshotPolicy | undefined {
    const category = categoryOf(streamId);
    return category === undefined ? undefined : this.ctx.snapshots.get(category);
  }

  async readSnapshot(streamId: string): Promise<Snapshot | null> {
    const policy = this.snapshotPolicy(streamId);
    return policy ? readSnapshot(this.ctx, streamId, policy.stateVersion) : null;
  }

  writeSnapshot(snapshot: Snapshot): Promise<void> {
    return writeSnapshot(this.ctx, snapshot);
  }

  forgetSubject(subjectId: string): Promise<void> {
    return forgetSubject(this.ctx, subjectId);
  }

  async close(): Promise<void> {
    await this.listener.close();
    await this.ctx.notifier.drain();
    if (this.ownsPool) await this.ctx.pool.end();
  }
}
