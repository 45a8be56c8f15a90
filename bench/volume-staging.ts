/**
 * The volume generator's staging store: the command handler (`handleCommand`) runs against it in
 * memory — it loads, the decider decides, the events are described as a service describes them —
 * and what it appended is then written to PostgreSQL through the real store's append path, one
 * append per stream, several streams side by side. Nothing is hashed or sealed here: the real
 * store does that when the staged events are flushed.
 */
import type { Decider, DomainEvent } from '@titrepro/domain-kernel';
import { handleCommand, type AppendResult, type EventStore, type NewEvent, type PostgresEventStore, type RecordedEvent, type Snapshot, type SnapshotPolicy } from '@titrepro/event-store';
import { causationFromRequest } from '@titrepro/messaging';
import { commandContextFor, type Aggregate, type IdSource } from '@titrepro/service-kit';
import { randomUUID } from 'node:crypto';

/** Who decides: the regional office, or a jury member. */
export const officer = { actor: { subject: 'regional-officer@idf', role: 'regional-officer' }, causation: causationFromRequest({}) };

/**
 * Event ids: version-7 UUIDs (milliseconds first, then random bits) as the kit's source mints them,
 * the random bits taken from randomUUID's pooled randomness rather than a randomBytes call per id
 * (a tenth of the generator's time otherwise).
 */
const cheapIds: IdSource = {
  newId: () => {
    const random = randomUUID();
    const time = Date.now().toString(16).padStart(12, '0');
    return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${random.slice(15, 18)}-${random.slice(19)}`;
  },
};

interface StagedStream {
  readonly events: NewEvent[];
  /** Events already in PostgreSQL for this stream (flushed earlier). */
  flushed: number;
  /** The state after the last command: the handler loads it as a snapshot instead of folding again. */
  snapshot: Snapshot | null;
}

export class StagingStore {
  private readonly streams = new Map<string, StagedStream>();
  /** Events staged since the last flush. */
  pending = 0;

  private stream(streamId: string): StagedStream {
    let stream = this.streams.get(streamId);
    if (!stream) {
      stream = { events: [], flushed: 0, snapshot: null };
      this.streams.set(streamId, stream);
    }
    return stream;
  }

  /**
   * The parts of the store port the command handler uses. Every stream is "snapshotted" after each
   * append (the state the handler folded, kept as is), so a load folds nothing: a session of twenty
   * candidates is not folded again for each of its hundred commands.
   */
  readonly port = {
    snapshotPolicy: (streamId: string): SnapshotPolicy => ({ category: streamId.slice(0, streamId.indexOf('-')), every: 1, stateVersion: 1 }),
    readSnapshot: async (streamId: string): Promise<Snapshot | null> => this.streams.get(streamId)?.snapshot ?? null,
    writeSnapshot: async (snapshot: Snapshot): Promise<void> => {
      this.stream(snapshot.streamId).snapshot = snapshot;
    },
    readStream: async (streamId: string, options?: { fromRevision?: number }): Promise<RecordedEvent[]> =>
      (this.streams.get(streamId)?.events ?? []).slice(options?.fromRevision ?? 0).map(
        (event, index) =>
          ({ ...event, streamId, revision: (options?.fromRevision ?? 0) + index, globalPosition: 0, storedSchemaVersion: event.schemaVersion, recordedAt: new Date(0), prevHash: '', hash: '' }) as RecordedEvent,
      ),
    appendToStream: async (streamId: string, events: readonly NewEvent[]): Promise<AppendResult> => {
      const stream = this.stream(streamId);
      stream.events.push(...events);
      this.pending += events.length;
      return { nextExpectedRevision: stream.events.length - 1, positions: [] };
    },
  } as unknown as EventStore;

  /**
   * Runs one command as a service's command handler does, on `day` at 10:00 UTC; throws on a
   * refusal (a generated history is one the rules accept). Answers the events decided.
   */
  async run<State, Event extends DomainEvent>(aggregate: Aggregate<State, never, Event>, id: string, command: { type: string }, day: string, region = 'idf'): Promise<readonly NewEvent[]> {
    const context = commandContextFor<Event>(aggregate as unknown as Aggregate<unknown, never, Event>, officer, { clock: { now: () => new Date(`${day}T10:00:00Z`) }, ids: cheapIds, region });
    const outcome = await handleCommand(this.port, aggregate.stream(id).streamId, aggregate.decider as Decider<State, never, Event>, command as never, context);
    if (!outcome.ok) throw new Error(`${aggregate.category}-${id}: ${command.type} refused on ${day}: ${outcome.error.message} ${JSON.stringify(outcome.error).slice(0, 400)}`);
    return outcome.value.events;
  }

  /** The stream's state after its last command. */
  stateOf<State, Event extends DomainEvent>(aggregate: Aggregate<State, never, Event>, id: string): State {
    const snapshot = this.streams.get(aggregate.stream(id).streamId)?.snapshot;
    return snapshot ? (snapshot.state as State) : aggregate.decider.initialState();
  }

  /** The stream's staged length (its last revision + 1). */
  lengthOf(streamId: string): number {
    return this.streams.get(streamId)?.events.length ?? 0;
  }

  /**
   * Takes what was staged since the last take, each stream's new events with the revision they
   * follow; streams that are finished (`keep` says no) are forgotten. The batch is then written
   * with `writeBatch`, while the next sessions are decided.
   */
  take(keep: (streamId: string) => boolean): StagedBatch {
    const batch: StagedBatch = [];
    for (const [streamId, stream] of this.streams) {
      if (stream.events.length > stream.flushed) {
        batch.push({ streamId, events: stream.events.slice(stream.flushed), after: stream.flushed - 1 });
        stream.flushed = stream.events.length;
      }
      if (!keep(streamId)) this.streams.delete(streamId);
    }
    this.pending = 0;
    return batch;
  }
}

/**
 * The PostgreSQL server is shared: when it has no connection left (53300, too_many_connections), or
 * our pool waited too long for one, wait and try again rather than lose an hour-long run. Only for
 * work that is safe to run twice (an append at an expected revision is: a duplicate is idempotent).
 */
export const whenServerHasRoom = async <T>(work: () => Promise<T>, attempts = 30): Promise<T> => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const full = (error as { code?: string }).code === '53300' || /too many clients|timeout exceeded when trying to connect/i.test(message);
      if (!full || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 2_000 * attempt));
    }
  }
};

export type StagedBatch = Array<{ readonly streamId: string; readonly events: readonly NewEvent[]; readonly after: number }>;

/**
 * Appends a batch through the real store (`route` picks the service's store by stream): each
 * stream's events in one append at the revision they follow, `concurrency` appends side by side.
 */
export const writeBatch = async (batch: StagedBatch, route: (streamId: string) => PostgresEventStore, concurrency: number, onWritten: (streamId: string, events: number) => void): Promise<void> => {
  let next = 0;
  const appender = async (): Promise<void> => {
    for (let index = next++; index < batch.length; index = next++) {
      const { streamId, events, after } = batch[index] as StagedBatch[number];
      await whenServerHasRoom(() => route(streamId).appendToStream(streamId, events, { expectedRevision: after < 0 ? 'no_stream' : after }));
      onWritten(streamId, events.length);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, appender));
};
