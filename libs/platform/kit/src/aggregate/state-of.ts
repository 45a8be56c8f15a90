import type { DomainEvent } from '@titrepro/domain-kernel';
import { loadState, type EventStore } from '@titrepro/event-store';
import { readerOf } from '../commands/command-context';
import type { StreamRef } from './aggregate';

/**
 * A stream's state as its decider folds it, read from the store (the authority, not a projection):
 * for the facts one aggregate's command needs from another, e.g. an assessor's qualifications.
 */
export const stateOf = async <State, Command, Event extends DomainEvent>(store: EventStore, stream: StreamRef<State, Command, Event>): Promise<State> =>
  (await loadState(store, stream.streamId, stream.aggregate.decider, { readEvent: readerOf(stream.aggregate) })).state;
