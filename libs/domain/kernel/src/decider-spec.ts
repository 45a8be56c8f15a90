import type { Decider, DecisionContext, DomainEvent, EventsOrRefusal } from './decider';
import { foldEvents } from './decider';

/**
 * Given/when/then for deciders, without a test framework: `given(history).when(command, context)`
 * folds the history and returns what `decide` answers, so the spec asserts on plain values.
 */
export const deciderSpec = <State, Command, Event extends DomainEvent>(decider: Decider<State, Command, Event>) => ({
  given: (history: readonly Event[] = []) => ({
    when: (command: Command, context: DecisionContext): EventsOrRefusal<Event> =>
      decider.decide(command, foldEvents(decider, history), context),
    /** The state the history leads to, for specs that check `evolve`. */
    state: (): State => foldEvents(decider, history),
  }),
});
