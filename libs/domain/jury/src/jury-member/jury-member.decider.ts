import type { Decider } from '@titrepro/domain-kernel';
import { decisionInput } from '@titrepro/domain-kernel';
import { referential } from '@titrepro/domain-referential';
import { rulebooks } from '@titrepro/domain-rulebook';
import type { JuryDeciderDependencies } from '../shared/dependencies';
import type { JuryMemberEvent } from './events/jury-member-event-catalogue';
import { juryMemberCommands, type JuryMemberCommand } from './jury-member.command';
import { evolveJuryMember } from './jury-member.evolve';
import type { JuryMemberState } from './jury-member.state';
import { initialJuryMemberState } from './jury-member.state';

export type JuryMemberDecider = Decider<JuryMemberState, JuryMemberCommand, JuryMemberEvent>;

/**
 * The jury member aggregate, dated by `context.now` read as a Europe/Paris day. It takes the same
 * dependencies as the other jury deciders so the app wires them alike; it reads only the référentiel.
 */
export const createJuryMemberDecider = (dependencies: JuryDeciderDependencies): JuryMemberDecider => ({
  initialState: initialJuryMemberState,
  evolve: evolveJuryMember,
  decide: (command, state, context) => {
    const input = decisionInput(context, dependencies);
    return juryMemberCommands.decide(command, state, input);
  },
});

/** The decider over the shipped titles and rulebooks. */
export const juryMemberDecider: JuryMemberDecider = createJuryMemberDecider({ referential, rulebooks });
