import type { DomainError } from './domain-error';
import type { Result } from './result';

/** What a decision may know of the outside world: the decision date, passed in rather than read. */
export interface DecisionContext {
  /** The instant the decision is taken; rules evaluate facts "as of" this date, never the wall clock. */
  readonly now: Date;
}

/** A domain event as a decider emits it: a stored `type` string (a contract, never a class name) and data. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

/**
 * What `decide` answers: the events to append (none when there is nothing to record), or the typed
 * refusal. Not to be confused with a jury's business decision, which is an event.
 */
export type EventsOrRefusal<Event> = Result<readonly Event[], DomainError>;

/**
 * The pure heart of an aggregate (Emmett/Chassaing decider): `decide` turns a command into events or
 * a typed refusal; `evolve` folds events into state. No I/O, no clock, no randomness.
 */
export interface Decider<State, Command, Event extends DomainEvent> {
  readonly initialState: () => State;
  readonly evolve: (state: State, event: Event) => State;
  readonly decide: (command: Command, state: State, context: DecisionContext) => EventsOrRefusal<Event>;
}

/** Folds a history into the state it leads to. */
export const foldEvents = <State, Event extends DomainEvent>(
  decider: Pick<Decider<State, never, Event>, 'initialState' | 'evolve'>,
  events: Iterable<Event>,
  from: State = decider.initialState(),
): State => {
  let state = from;
  for (const event of events) state = decider.evolve(state, event);
  return state;
};
