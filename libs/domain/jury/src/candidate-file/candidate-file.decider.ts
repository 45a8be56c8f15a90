import type { Decider } from '@titrepro/domain-kernel';
import { decisionInput, conflict, fail, ok } from '@titrepro/domain-kernel';
import { referential } from '@titrepro/domain-referential';
import { rulebooks } from '@titrepro/domain-rulebook';
import type { JuryDeciderDependencies } from '../shared/dependencies';
import { candidateFileCommands, type CandidateFileCommand } from './candidate-file.command';
import { evolveCandidateFile } from './candidate-file.evolve';
import type { CandidateFileState } from './candidate-file.state';
import { initialCandidateFileState } from './candidate-file.state';
import type { CandidateFileEvent } from './events/candidate-file-event-catalogue';

export type CandidateFileDecider = Decider<CandidateFileState, CandidateFileCommand, CandidateFileEvent>;

/**
 * The jury's file of one candidate, fed by what the registries, evaluations and juries of every
 * region published. Kafka delivers at least once and a refused consumed command is dead-lettered,
 * so the file is lenient: an event already consumed (its source id), a duplicate or a stale fact
 * decides nothing. Only a command sent to another candidate's stream is refused: that is the
 * app's mistake, not a fact. Dated by `context.now` read as a Europe/Paris day.
 */
export const createCandidateFileDecider = (dependencies: JuryDeciderDependencies): CandidateFileDecider => ({
  initialState: initialCandidateFileState,
  evolve: evolveCandidateFile,
  decide: (command, state, context) => {
    const { data } = command;
    if (state.candidateId !== null && state.candidateId !== data.candidateId) {
      return fail(conflict(`command for candidate ${data.candidateId} was sent to the jury file of candidate ${state.candidateId}`));
    }
    if ('source' in data && state.sourceEventIds.includes(data.source.eventId)) return ok([]);
    return candidateFileCommands.decide(command, state, decisionInput(context, dependencies));
  },
});

/** The decider over the shipped titles and rulebooks. */
export const candidateFileDecider: CandidateFileDecider = createCandidateFileDecider({ referential, rulebooks });
