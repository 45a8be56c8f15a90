import type { ExpectedRevision } from './expected-revision';
import type { EventData, NewEvent, RecordedEvent } from './events';

export interface AppendOptions {
  readonly expectedRevision?: ExpectedRevision;
  /**
   * A transaction the caller already holds (adapter-specific: a `pg` PoolClient inside BEGIN for
   * PostgreSQL), so that the append commits together with the caller's own writes.
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
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this global position. Defaults to the start. */
  readonly after?: number;
  readonly maxCount?: number;
  /** Only streams whose id starts with `<category>-`. */
  readonly category?: string;
}

export interface SubscriptionOptions {
  /** Exclusive checkpoint: deliver events strictly after this global position. */
  readonly after?: number;
  readonly category?: string;
  /** Called once per event, in global order; the next event waits until it resolves. */
  readonly handler: (event: RecordedEvent) => Promise<void>;
  /** Called when the handler or the store fails; the subscription then stops. */
  readonly onError?: (error: unknown) => void;
}

export interface Subscription {
  /** The last position handled. */
  readonly position: () => number;
  readonly stop: () => Promise<void>;
}

export interface StreamMetadata {
  /** Events with a lower revision are no longer read. */
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

  verifyStream(streamId: string): Promise<VerificationReport>;
  verifyAll(): Promise<VerificationReport>;

  /** Destroys the subject's key: their personal fields read as REDACTED from then on, everywhere. */
  forgetSubject(subjectId: string): Promise<void>;

  close(): Promise<void>;
}
