import type { Decider, DomainEvent } from '@titrepro/domain-kernel';
import type { EventStore } from '../port/event-store';
import type { RecordedEvent } from '../port/events';

/** A stream folded into its decider's state. */
export interface LoadedState<State> {
  readonly state: State;
  /** Revision of the last event folded (-1: the stream has no events). */
  readonly revision: number;
  /** Data subjects whose personal fields were folded in (carried into snapshots). */
  readonly subjects: ReadonlySet<string>;
  /** Revision of the snapshot the fold started from, if one was used. */
  readonly snapshotRevision?: number;
}

/** How `loadState` reads (the same fields as in CommandContext). */
export interface LoadStateOptions<Event extends DomainEvent> {
  /** Read inside this caller's transaction; no snapshot is used then. */
  readonly transaction?: unknown;
  /** Recorded → domain event, validating; default: `{ type, data }` unchecked. */
  readonly readEvent?: (recorded: RecordedEvent) => Event;
}

/** The unchecked read-back, for callers that pass no `readEvent`. */
export const toDomainEvent = <Event extends DomainEvent>(recorded: RecordedEvent): Event =>
  ({ type: recorded.type, data: recorded.data }) as unknown as Event;

/**
 * Reads and folds a stream: from its snapshot when its category has a snapshot policy and one
 * exists (then only the tail after it is read), otherwise from the start. Inside a caller's
 * transaction the snapshot is skipped: it is read outside that transaction, and under REPEATABLE
 * READ it may fold events the transaction cannot see.
 */
export const loadState = async <State, Event extends DomainEvent>(
  store: EventStore,
  streamId: string,
  decider: Pick<Decider<State, never, Event>, 'initialState' | 'evolve'>,
  options: LoadStateOptions<Event> = {},
): Promise<LoadedState<State>> => {
  const inTransaction = options.transaction !== undefined;
  const readEvent = options.readEvent ?? toDomainEvent<Event>;
  const policy = inTransaction ? undefined : store.snapshotPolicy(streamId);
  const snapshot = policy ? await store.readSnapshot(streamId) : null;
  let state = decider.initialState();
  let revision = -1;
  const subjects = new Set<string>();
  if (policy && snapshot) {
    state = (policy.deserialize ? policy.deserialize(snapshot.state) : snapshot.state) as State;
    revision = snapshot.revision;
    for (const subject of snapshot.subjects) subjects.add(subject);
  }
  const tail = await store.readStream(streamId, {
    ...(revision >= 0 ? { fromRevision: revision + 1 } : {}),
    ...(inTransaction ? { transaction: options.transaction } : {}),
  });
  for (const recorded of tail) {
    state = decider.evolve(state, readEvent(recorded));
    revision = recorded.revision;
    if (recorded.personal) subjects.add(recorded.personal.subjectId);
  }
  return snapshot ? { state, revision, subjects, snapshotRevision: snapshot.revision } : { state, revision, subjects };
};
