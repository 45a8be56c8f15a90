import type { Decider } from '@titrepro/domain-kernel';
import { decisionInput } from '@titrepro/domain-kernel';
import { referential } from '@titrepro/domain-referential';
import { rulebooks } from '@titrepro/domain-rulebook';
import { assessorCommands, type AssessorCommand } from './assessor.command';
import { evolveAssessor } from './assessor.evolve';
import type { AssessorState } from './assessor.state';
import { initialAssessorState } from './assessor.state';
import type { AssessorEvent } from './events/assessor-event-catalogue';
import type { EvaluationDeciderDependencies } from './shared/dependencies';

export type AssessorDecider = Decider<AssessorState, AssessorCommand, AssessorEvent>;

/**
 * The assessor aggregate, dated by `context.now` read as a Europe/Paris day. It takes the same
 * dependencies as the evaluation decider so the app wires both alike; it reads only the référentiel.
 */
export const createAssessorDecider = (dependencies: EvaluationDeciderDependencies): AssessorDecider => ({
  initialState: initialAssessorState,
  evolve: evolveAssessor,
  decide: (command, state, context) => {
    const input = decisionInput(context, dependencies);
    return assessorCommands.decide(command, state, input);
  },
});

/** The decider over the shipped titles and rulebooks. */
export const assessorDecider: AssessorDecider = createAssessorDecider({ referential, rulebooks });
