import type { Decider, DomainEvent, EventCatalogue } from '@titrepro/domain-kernel';

/** One kind of stream a service keeps: its category, its decider, its events described. */
export interface Aggregate<State, Command, Event extends DomainEvent> {
  /** Stream ids are `<category>-<id>`; a category holds no `-`. */
  readonly category: string;
  readonly decider: Decider<State, Command, Event>;
  readonly events: EventCatalogue<Event>;
  /** The stream of one instance, to run a command on. */
  readonly stream: (id: string) => StreamRef<State, Command, Event>;
}

/** A stream and the aggregate it belongs to: what a command runs on. */
export interface StreamRef<State, Command, Event extends DomainEvent> {
  readonly aggregate: Aggregate<State, Command, Event>;
  readonly streamId: string;
}

export type AnyAggregate = Aggregate<unknown, never, DomainEvent>;

/** Declares an aggregate of the service (the domain lib gives the decider and the catalogue). */
export const defineAggregate = <State, Command, Event extends DomainEvent>(definition: {
  readonly category: string;
  readonly decider: Decider<State, Command, Event>;
  readonly events: EventCatalogue<Event>;
}): Aggregate<State, Command, Event> => {
  if (!/^[a-z][a-z0-9]*$/.test(definition.category)) throw new Error(`Invalid stream category "${definition.category}"`);
  const aggregate: Aggregate<State, Command, Event> = {
    ...definition,
    stream: (id) => ({ aggregate, streamId: `${definition.category}-${id}` }),
  };
  return aggregate;
};
