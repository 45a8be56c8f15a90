import { calendarDateInParis, type Decider } from '@titrepro/domain-kernel';
import { referential } from '@titrepro/domain-referential';
import { rulebooks } from '@titrepro/domain-rulebook';
import type { JuryDeciderDependencies } from '../shared/dependencies';
import type { JuryMemberEvent } from './events/jury-member-event-catalogue';
import type { JuryMemberCommand } from './jury-member.command';
import { evolveJuryMember } from './jury-member.evolve';
import { initialJuryMemberState, type JuryMemberState } from './jury-member.state';
import { decideRegisterJuryMember } from './register-jury-member/decide-register-jury-member';

export type JuryMemberDecider = Decider<JuryMemberState, JuryMemberCommand, JuryMemberEvent>;

/**
 * The jury member aggregate, dated by `context.now` read as a Europe/Paris day. It takes the same
 * dependencies as the other jury deciders so the app wires them alike; it reads only the référentiel.
 */
export const createJuryMemberDecider = (dependencies: JuryDeciderDependencies): JuryMemberDecider => ({
  initialState: initialJuryMemberState,
  evolve: evolveJuryMember,
  decide: (command, state, context) => {
    const input = { today: calendarDateInParis(context.now), dependencies };
    switch (command.type) {
      case 'RegisterJuryMember':
        return decideRegisterJuryMember(command, state, input);
      default: {
        const unexpected: never = command.type;
        throw new Error(`unknown jury member command ${JSON.stringify(unexpected)}`);
      }
    }
  },
});

/** The decider over the shipped titles and rulebooks. */
export const juryMemberDecider: JuryMemberDecider = createJuryMemberDecider({ referential, rulebooks });
