import type { DomainEvent } from '@titrepro/domain-kernel';
import { loadState, type EventStore } from '@titrepro/event-store';
import { readerOf } from '../commands/command-context';
import type { StreamRef } from './aggregate';

/** A stream's state and the revision it was folded to (-1 for an empty stream). */
export interface StateAtRevision<State> {
  readonly state: State;
  readonly revision: number;
}

/**
 * A stream's state as its decider folds it, read from the store (the authority, not a projection),
 * with its revision: for the facts one aggregate's command needs from another, which a decision
 * event may then cite as (stream, revision).
 */
export const stateAtRevisionOf = async <State, Command, Event extends DomainEvent>(
  store: EventStore,
  stream: StreamRef<State, Command, Event>,
): Promise<StateAtRevision<State>> => {
  const loaded = await loadState(store, stream.streamId, stream.aggregate.decider, { readEvent: readerOf(stream.aggregate) });
  return { state: loaded.state, revision: loaded.revision };
};

/** A stream's state as its decider folds it, e.g. an assessor's qualifications for a candidate's command. */
export const stateOf = async <State, Command, Event extends DomainEvent>(store: EventStore, stream: StreamRef<State, Command, Event>): Promise<State> =>
  (await stateAtRevisionOf(store, stream)).state;
