import type { Decider, DecisionContext, DomainEvent } from './decider';
import { foldEvents } from './decider';
import type { DomainError } from './domain-error';
import type { Result } from './result';

/**
 * Given/when/then for deciders, without a test framework: `given(history).when(command, context)`
 * folds the history and returns what `decide` answers, so the spec asserts on plain values.
 */
export const deciderSpec = <State, Command, Event extends DomainEvent>(decider: Decider<State, Command, Event>) => ({
  given: (history: readonly Event[] = []) => ({
    when: (command: Command, context: DecisionContext): Result<readonly Event[], DomainError> =>
      decider.decide(command, foldEvents(decider, history), context),
    /** The state the history leads to, for specs that check `evolve`. */
    state: (): State => foldEvents(decider, history),
  }),
});
