import { EventStoreDBClient } from '@eventstore/db-client';
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
import { revealEvents } from '../stored/reveal-events';
import type { StoredEvent } from '../stored/stored-event';
import { appendToEsdb } from './esdb-append';
import { readGlobal } from './esdb-global';
import { deleteEsdbStream, getEsdbStreamMetadata, setEsdbStreamMetadata } from './esdb-lifecycle';
import { readStoredStream } from './esdb-reads';
import { readEsdbSnapshot, writeEsdbSnapshot } from './esdb-snapshots';
import { subscribeToEsdb } from './esdb-subscription';
import { verifyAllEsdb, verifyEsdbStream } from './esdb-verify';

export interface EventStoreDbEventStoreOptions {
  /** e.g. `esdb://localhost:2113?tls=false`; or pass a client the caller owns. */
  readonly connectionString?: string;
  readonly client?: EventStoreDBClient;
  /** EventStoreDB has no key table: personal data needs a KeyStore (PostgresKeyStore, a KMS…). */
  readonly keyStore?: KeyStore;
  readonly snapshots?: readonly SnapshotPolicy[];
}

/**
 * The same port on EventStoreDB (`@eventstore/db-client` 6). Hashing and encryption happen in this
 * process exactly as for PostgreSQL, so both stores hold the same bytes and verify the same way.
 * Differences, by nature of EventStoreDB: no caller transactions; idempotency is recognised within
 * the last events of the stream (and by EventStoreDB's own id check); category reads scan $all;
 * snapshots live in `__snapshot-<stream>` streams, sealed under their subjects' keys.
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly snapshots = new Map<string, SnapshotPolicy>();

  private constructor(
    private readonly client: EventStoreDBClient,
    private readonly ownsClient: boolean,
    private readonly keyStore: KeyStore | undefined,
    policies: readonly SnapshotPolicy[],
  ) {
    for (const policy of policies) this.snapshots.set(policy.category, policy);
  }

  static create(options: EventStoreDbEventStoreOptions): EventStoreDbEventStore {
    if (!options.client && !options.connectionString) throw new Error('EventStoreDbEventStore needs a client or a connectionString');
    const client = options.client ?? EventStoreDBClient.connectionString(options.connectionString ?? '');
    return new EventStoreDbEventStore(client, !options.client, options.keyStore, options.snapshots ?? []);
  }

  appendToStream(streamId: string, events: readonly NewEvent[], options?: AppendOptions): Promise<AppendResult> {
    return appendToEsdb(this.client, this.keyStore, streamId, events, options);
  }

  async readStream<Data extends EventData = EventData>(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent<Data>[]> {
    if (options.transaction !== undefined) throw new TypeError('EventStoreDB has no transactions to join: read without `transaction`');
    return (await this.reveal(await readStoredStream(this.client, streamId, options))) as RecordedEvent<Data>[];
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const stored: StoredEvent[] = [];
    const limit = options.maxCount ?? Number.POSITIVE_INFINITY;
    if (limit <= 0) return [];
    for await (const event of readGlobal(this.client, options.after ?? 0, options.category)) {
      stored.push(event);
      if (stored.length >= limit) break;
    }
    return this.reveal(stored);
  }

  subscribe(options: SubscriptionOptions): Subscription {
    return subscribeToEsdb(this.client, this.keyStore, options);
  }

  getStreamMetadata(streamId: string): Promise<StreamMetadata> {
    return getEsdbStreamMetadata(this.client, streamId);
  }

  setStreamMetadata(streamId: string, metadata: StreamMetadata): Promise<void> {
    return setEsdbStreamMetadata(this.client, streamId, metadata);
  }

  deleteStream(streamId: string): Promise<void> {
    return deleteEsdbStream(this.client, streamId);
  }

  verifyStream(streamId: string): Promise<VerificationReport> {
    return verifyEsdbStream(this.client, streamId);
  }

  verifyAll(): Promise<VerificationReport> {
    return verifyAllEsdb(this.client);
  }

  snapshotPolicy(streamId: string): SnapshotPolicy | undefined {
    const category = categoryOf(streamId);
    return category === undefined ? undefined : this.snapshots.get(category);
  }

  async readSnapshot(streamId: string): Promise<Snapshot | null> {
    const policy = this.snapshotPolicy(streamId);
    return policy ? readEsdbSnapshot(this.client, this.keyStore, streamId, policy.stateVersion) : null;
  }

  writeSnapshot(snapshot: Snapshot): Promise<void> {
    return writeEsdbSnapshot(this.client, this.keyStore, snapshot);
  }

  /** Destroys the subject's keys: their fields read as REDACTED, their snapshots no longer open. */
  async forgetSubject(subjectId: string): Promise<void> {
    if (!this.keyStore) throw new Error('forgetSubject: the store has no KeyStore');
    await this.keyStore.destroyKeys(subjectId);
  }

  async close(): Promise<void> {
    if (this.ownsClient) await this.client.dispose();
  }

  private reveal(stored: readonly StoredEvent[]): Promise<RecordedEvent[]> {
    return revealEvents(stored, this.keyStore);
  }
}
