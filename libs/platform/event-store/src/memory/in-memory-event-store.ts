import { ChainVerifier } from '../integrity/chain-verifier';
import { GENESIS_HASH } from '../integrity/event-hash';
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
import { IdempotencyConflictError, WrongExpectedRevisionError, type ExpectedRevision } from '../port/expected-revision';
import type { KeyStore } from '../port/key-store';
import { categoryOf, type Snapshot, type SnapshotPolicy } from '../port/snapshot';
import { chainEvents } from '../stored/chain-events';
import { revealEvents } from '../stored/reveal-events';
import { sameContent } from '../stored/same-content';
import { sealEvents } from '../stored/seal-events';
import type { StoredEvent } from '../stored/stored-event';
import { deliveryOf } from '../subscription/delivery';
import { InMemoryKeyStore } from './in-memory-key-store';
import { InMemoryLog } from './in-memory-log';

export interface InMemoryEventStoreOptions {
  /** The data, to share it with another store (other snapshot policies); a new log by default. */
  readonly log?: InMemoryLog;
  /** Where subject keys live; an InMemoryKeyStore by default. */
  readonly keyStore?: KeyStore;
  readonly snapshots?: readonly SnapshotPolicy[];
  /** The most events a subscription hands to `handleBatch` at once (default 100). */
  readonly subscriptionBatchSize?: number;
}

const meets = (expected: ExpectedRevision, visible: number): boolean => {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return visible === -1;
  if (expected === 'stream_exists') return visible !== -1;
  return visible === expected;
};

const noTransaction = (options: { readonly transaction?: unknown }, what: string): void => {
  if (options.transaction !== undefined) throw new TypeError(`The in-memory store has no transactions to join: ${what} without \`transaction\``);
};

/**
 * The EventStore port in this process's memory, for fast tests of deciders with their projections:
 * it passes the same contract suite as the PostgreSQL and EventStoreDB adapters (hash chain,
 * sealing of personal data under subject keys, snapshots, catch-up subscriptions), and
 * holds nothing once the process ends. No caller transactions (like EventStoreDB).
 */
export class InMemoryEventStore implements EventStore {
  readonly log: InMemoryLog;
  readonly keyStore: KeyStore;
  private readonly policies = new Map<string, SnapshotPolicy>();
  private readonly batchSize: number;
  private readonly subscriptions = new Set<Subscription>();

  constructor(options: InMemoryEventStoreOptions = {}) {
    this.log = options.log ?? new InMemoryLog();
    this.keyStore = options.keyStore ?? new InMemoryKeyStore();
    this.batchSize = options.subscriptionBatchSize ?? 100;
    for (const policy of options.snapshots ?? []) this.policies.set(policy.category, policy);
  }

  appendToStream(streamId: string, events: readonly NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    noTransaction(options, 'append');
    if (events.length === 0) return Promise.reject(new TypeError('appendToStream needs at least one event'));
    const expected = options.expectedRevision ?? 'any';
    return this.log.exclusive(async () => {
      const sealed = await sealEvents(events, this.keyStore);
      const stream = this.log.stream(streamId);
      const last = stream.events.at(-1);
      const headRevision = last?.revision ?? -1;
      const repeated = await this.idempotentResult(streamId, events, stream.events, stream.truncateBefore);
      if (repeated) return repeated;
      const visible = headRevision >= stream.truncateBefore ? headRevision : -1;
      if (!meets(expected, visible)) throw new WrongExpectedRevisionError(streamId, expected, visible);
      const first = this.log.nextPosition();
      const recordedAt = new Date();
      const stored: StoredEvent[] = chainEvents(streamId, sealed, headRevision, last?.hash ?? GENESIS_HASH).map((event, index) => ({ ...event, globalPosition: first + index, recordedAt }));
      this.log.record(stored);
      return { nextExpectedRevision: headRevision + stored.length, positions: stored.map((event) => event.globalPosition) };
    });
  }

  async readStream<Data extends EventData = EventData>(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent<Data>[]> {
    noTransaction(options, 'read');
    const stream = this.log.streams.get(streamId);
    if (!stream) return [];
    const visible = stream.events.filter((event) => event.revision >= stream.truncateBefore);
    const limit = options.maxCount ?? Number.POSITIVE_INFINITY;
    const chosen =
      options.direction === 'backwards'
        ? visible.filter((event) => event.revision <= (options.fromRevision ?? Number.POSITIVE_INFINITY)).reverse()
        : visible.filter((event) => event.revision >= (options.fromRevision ?? 0));
    return (await this.reveal(chosen.slice(0, limit))) as RecordedEvent<Data>[];
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const limit = options.maxCount ?? Number.POSITIVE_INFINITY;
    if (limit <= 0) return [];
    return this.reveal(this.after(options.after ?? 0, options.category).slice(0, limit));
  }

  subscribe(options: SubscriptionOptions): Subscription {
    const delivery = deliveryOf(options);
    let handled = options.after ?? 0;
    let running = true;
    let failure: { error: unknown } | undefined;
    let wake: () => void = () => undefined;
    const done = (async () => {
      // Delivered asynchronously, as both other adapters do: never before subscribe returned.
      await Promise.resolve();
      while (running) {
        const pending = this.after(handled, options.category);
        if (pending.length === 0) {
          const next = this.log.nextAppend();
          wake = next.wake;
          await next.appended;
          continue;
        }
        const batch = await this.reveal(pending.slice(0, delivery.kind === 'batch' ? this.batchSize : 1));
        if (!running) break;
        if (delivery.kind === 'batch') await delivery.handleBatch(batch);
        else for (const event of batch) await delivery.handler(event);
        handled = batch.at(-1)?.globalPosition ?? handled;
      }
    })().catch((error: unknown) => {
      running = false;
      if (options.onError) options.onError(error);
      else failure = { error };
    });
    const subscription: Subscription = {
      position: () => handled,
      stop: async () => {
        running = false;
        wake();
        await done;
        this.subscriptions.delete(subscription);
        if (failure) throw failure.error;
      },
    };
    this.subscriptions.add(subscription);
    return subscription;
  }

  async getStreamMetadata(streamId: string): Promise<StreamMetadata> {
    const stream = this.log.streams.get(streamId);
    if (!stream) return {};
    return stream.truncateBefore > 0 ? { ...stream.metadata, truncateBefore: stream.truncateBefore } : { ...stream.metadata };
  }

  /** Replaces the metadata; a truncateBefore hides older events and drops the snapshot that folded them; left out, the truncation stays. */
  async setStreamMetadata(streamId: string, metadata: StreamMetadata): Promise<void> {
    const { truncateBefore, ...rest } = metadata;
    if (truncateBefore !== undefined && (!Number.isSafeInteger(truncateBefore) || truncateBefore < 0)) throw new TypeError(`Invalid truncateBefore ${String(truncateBefore)}`);
    const stream = this.log.stream(streamId);
    stream.metadata = { ...rest };
    if (truncateBefore !== undefined) {
      stream.truncateBefore = truncateBefore;
      const snapshot = this.log.snapshots.get(streamId);
      if (snapshot && snapshot.revision < truncateBefore) this.log.snapshots.delete(streamId);
    }
  }

  async deleteStream(streamId: string): Promise<void> {
    const stream = this.log.streams.get(streamId);
    const last = stream?.events.at(-1);
    if (!stream || !last) return;
    stream.truncateBefore = last.revision + 1;
    this.log.snapshots.delete(streamId);
  }

  /** The whole chain, truncated events included (they stay stored, as in PostgreSQL). */
  async verifyStream(streamId: string): Promise<VerificationReport> {
    const verifier = new ChainVerifier();
    for (const event of this.log.streams.get(streamId)?.events ?? []) if (!verifier.accept(event)) break;
    return verifier.report();
  }

  async verifyAll(): Promise<VerificationReport> {
    const verifier = new ChainVerifier();
    for (const stream of this.log.streams.values()) {
      for (const event of stream.events) if (!verifier.accept(event)) return verifier.report();
    }
    return verifier.report();
  }

  snapshotPolicy(streamId: string): SnapshotPolicy | undefined {
    const category = categoryOf(streamId);
    return category === undefined ? undefined : this.policies.get(category);
  }

  async readSnapshot(streamId: string): Promise<Snapshot | null> {
    const policy = this.snapshotPolicy(streamId);
    const snapshot = this.log.snapshots.get(streamId);
    if (!policy || !snapshot || snapshot.stateVersion !== policy.stateVersion) return null;
    return { ...snapshot, state: structuredClone(snapshot.state), subjects: [...snapshot.subjects] };
  }

  /** Kept unless a newer one of the same state version is there; refused (silently: a cache) for a forgotten subject. */
  async writeSnapshot(snapshot: Snapshot): Promise<void> {
    if (snapshot.subjects.some((subject) => this.log.forgotten.has(subject))) return;
    const current = this.log.snapshots.get(snapshot.streamId);
    if (current && current.revision > snapshot.revision && current.stateVersion === snapshot.stateVersion) return;
    // Stored as JSON, as the other adapters do: the state read back is a copy, never the caller's object.
    this.log.snapshots.set(snapshot.streamId, { ...snapshot, state: JSON.parse(JSON.stringify(snapshot.state)) as unknown, subjects: [...snapshot.subjects] });
  }

  async forgetSubject(subjectId: string): Promise<void> {
    this.log.forgotten.add(subjectId);
    for (const [streamId, snapshot] of this.log.snapshots) if (snapshot.subjects.includes(subjectId)) this.log.snapshots.delete(streamId);
    await this.keyStore.destroyKeys(subjectId);
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop().catch(() => undefined)));
  }

  private after(position: number, category: string | undefined): StoredEvent[] {
    return this.log.events.filter((event) => event.globalPosition > position && (category === undefined || event.streamId.startsWith(`${category}-`)));
  }

  private reveal(stored: readonly StoredEvent[]): Promise<RecordedEvent[]> {
    return revealEvents(stored, this.keyStore);
  }

  /** The stored result when these event ids are in the stream already; a typed error if a reused id holds other content. */
  private async idempotentResult(streamId: string, events: readonly NewEvent[], stored: readonly StoredEvent[], truncateBefore: number): Promise<AppendResult | undefined> {
    const ids = new Set(events.map((event) => event.eventId.toLowerCase()));
    const found = stored.filter((event) => ids.has(event.eventId));
    if (found.length === 0) return undefined;
    const revealed = await revealEvents(found, this.keyStore);
    const byId = new Map(revealed.map((event) => [event.eventId, event]));
    for (const event of events) {
      const match = byId.get(event.eventId.toLowerCase());
      if (!match || !sameContent(event, match, match.data)) throw new IdempotencyConflictError(streamId, event.eventId);
    }
    const head = stored.at(-1)?.revision ?? -1;
    return { nextExpectedRevision: head >= truncateBefore ? head : -1, positions: revealed.map((event) => event.globalPosition) };
  }
}
