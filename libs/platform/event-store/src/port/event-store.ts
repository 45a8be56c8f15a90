import type { ExpectedRevision } from './expected-revision';
import type { EventData, NewEvent, RecordedEvent } from './events';
import type { Snapshot, SnapshotPolicy } from './snapshot';

export interface AppendOptions {
  readonly expectedRevision?: ExpectedRevision;
  /**
   * A transaction the caller already holds (adapter-specific: a `pg` PoolClient or Client inside
   * BEGIN for PostgreSQL), so that the append commits or rolls back together with the caller's own
   * writes (a projection row, a checkpoint, an inbox entry). The caller commits; subscribers see the
   * events only once it has. EventStoreDB has no such transactions and rejects this option.
   */
  readonly transaction?: unknown;
}

export interface AppendResult {
  /** Revision of the last event now in the stream. */
  readonly nextExpectedRevision: number;
  /** Global positions of the appended events (of the stored ones, for an idempotent re-append). */
  readonly positions: readonly number[];
}

export interface ReadStreamOptions {
  readonly direction?: 'forwards' | 'backwards';
  /** Inclusive. Forwards defaults to 0, backwards to the end. */
  readonly fromRevision?: number;
  readonly maxCount?: number;
  /**
   * Read inside a transaction the caller holds (same contract as `AppendOptions.transaction`), so
   * that the read sees that transaction's own uncommitted appends. EventStoreDB rejects it.
   */
  readonly transaction?: unknown;
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this global position. Defaults to the start. */
  readonly after?: number;
  readonly maxCount?: number;
  /** Only streams whose id starts with `<category>-` (a category holds no `-`). */
  readonly category?: string;
}

interface SubscriptionBase {
  /** Exclusive checkpoint: deliver events strictly after this global position. */
  readonly after?: number;
  readonly category?: string;
  /** Called when the handler or the store fails; the subscription then stops. */
  readonly onError?: (error: unknown) => void;
}

/** Delivery one event at a time. */
export interface PerEventSubscriptionOptions extends SubscriptionBase {
  /** Called once per event, in global order; the next event waits until it resolves. */
  readonly handler: (event: RecordedEvent) => Promise<void>;
  readonly handleBatch?: never;
}

/**
 * Delivery in batches, e.g. for a projection that applies many events in one transaction. Batches
 * are never empty, in global order, each event in exactly one; the next batch waits until this one
 * resolved, and `position()` then moves to its last event. PostgreSQL hands over each page it reads
 * from the stable log (at most `subscriptionBatchSize` events); EventStoreDB one event per batch.
 */
export interface BatchSubscriptionOptions extends SubscriptionBase {
  readonly handleBatch: (events: readonly RecordedEvent[]) => Promise<void>;
  readonly handler?: never;
}

/**
 * A catch-up subscription: it first reads the history after `after`, then follows new events.
 * Each committed event is delivered once, in global order, and an event committed late by a slow
 * transaction is never skipped (the adapters only hand out the prefix of the log that can no longer
 * change). Checkpoint `position()` (or each event's `globalPosition`) to resume after a restart.
 * Exactly one of `handler` and `handleBatch`; `subscribe` throws a TypeError otherwise.
 */
export type SubscriptionOptions = PerEventSubscriptionOptions | BatchSubscriptionOptions;

export interface Subscription {
  /** The last position handled. */
  readonly position: () => number;
  readonly stop: () => Promise<void>;
}

export interface StreamMetadata {
  /**
   * Events with a lower revision are no longer read. When setting metadata without it, the current
   * truncation is kept (0 lifts it).
   */
  readonly truncateBefore?: number;
  readonly [extra: string]: unknown;
}

export interface VerificationReport {
  readonly ok: boolean;
  readonly checked: number;
  /** The first broken link, when there is one. */
  readonly firstBroken?: { readonly streamId: string; readonly revision: number; readonly reason: string };
}

/** The port every service keeps its state through. Adapters: PostgreSQL (default), EventStoreDB. */
export interface EventStore {
  appendToStream(streamId: string, events: readonly NewEvent[], options?: AppendOptions): Promise<AppendResult>;
  readStream<Data extends EventData = EventData>(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent<Data>[]>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  subscribe(options: SubscriptionOptions): Subscription;

  getStreamMetadata(streamId: string): Promise<StreamMetadata>;
  setStreamMetadata(streamId: string, metadata: StreamMetadata): Promise<void>;
  /** Soft delete: the stream reads as empty; appending again continues its revisions. */
  deleteStream(streamId: string): Promise<void>;

  /** Recomputes the stream's hash chain from the stored bytes; reports the first broken link. */
  verifyStream(streamId: string): Promise<VerificationReport>;
  /** verifyStream over every stream. */
  verifyAll(): Promise<VerificationReport>;

  /** The snapshot policy of the stream's category, if one was configured. */
  snapshotPolicy(streamId: string): SnapshotPolicy | undefined;
  /** The stream's latest snapshot under its policy's state version, if any. */
  readSnapshot(streamId: string): Promise<Snapshot | null>;
  /** Keeps a snapshot (a newer revision replaces an older one; refused for forgotten subjects). */
  writeSnapshot(snapshot: Snapshot): Promise<void>;

  /**
   * Destroys the subject's key: their personal fields read as REDACTED from then on, everywhere,
   * and snapshots holding their data are deleted. Hash chains still verify (they cover ciphertext).
   */
  forgetSubject(subjectId: string): Promise<void>;

  close(): Promise<void>;
}
