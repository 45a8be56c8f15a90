import type { Decider } from '@titrepro/domain-kernel';
import { decisionInput } from '@titrepro/domain-kernel';
import { referential } from '@titrepro/domain-referential';
import { rulebooks } from '@titrepro/domain-rulebook';
import { candidateCommands, type CandidateCommand } from './candidate.command';
import { evolveCandidate } from './candidate.evolve';
import type { CandidateState } from './candidate.state';
import { initialCandidateState } from './candidate.state';
import type { CandidateEvent } from './events/candidate-event-catalogue';
import type { CandidateDeciderDependencies } from './shared/dependencies';

export type CandidateDecider = Decider<CandidateState, CandidateCommand, CandidateEvent>;

/**
 * The candidate aggregate. Decisions are dated by `context.now` read as a Europe/Paris day; the
 * rulebook in force on that day decides. Titles and rulebooks are passed in so that an audit can
 * re-run a decision against the data of its time, and specs against their own.
 */
export const createCandidateDecider = (dependencies: CandidateDeciderDependencies): CandidateDecider => ({
  initialState: initialCandidateState,
  evolve: evolveCandidate,
  decide: (command, state, context) => {
    const input = decisionInput(context, dependencies);
    return candidateCommands.decide(command, state, input);
  },
});

/** The decider over the shipped titles and rulebooks. */
export const candidateDecider: CandidateDecider = createCandidateDecider({ referential, rulebooks });
