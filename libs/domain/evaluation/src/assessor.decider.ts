import { calendarDateInParis, type Decider } from '@titrepro/domain-kernel';
import { referential } from '@titrepro/domain-referential';
import { rulebooks } from '@titrepro/domain-rulebook';
import type { AssessorCommand } from './assessor.command';
import { evolveAssessor } from './assessor.evolve';
import { type AssessorState, initialAssessorState } from './assessor.state';
import type { AssessorEvent } from './events/assessor-event-catalogue';
import { decideRegisterAssessor } from './register-assessor/decide-register-assessor';
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
    const input = { on: calendarDateInParis(context.now), dependencies };
    switch (command.type) {
      case 'RegisterAssessor':
        return decideRegisterAssessor(command, state, input);
      default: {
        const unexpected: never = command.type;
        throw new Error(`unknown assessor command ${JSON.stringify(unexpected)}`);
      }
    }
  },
});

/** The decider over the shipped titles and rulebooks. */
export const assessorDecider: AssessorDecider = createAssessorDecider({ referential, rulebooks });
