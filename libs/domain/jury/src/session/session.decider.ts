import type { Decider } from '@titrepro/domain-kernel';
import { decisionInput } from '@titrepro/domain-kernel';
import { referential } from '@titrepro/domain-referential';
import { rulebooks } from '@titrepro/domain-rulebook';
import type { JuryDeciderDependencies } from '../shared/dependencies';
import type { SessionEvent } from './events/session-event-catalogue';
import { sessionCommands, type SessionCommand } from './session.command';
import { evolveSession } from './session.evolve';
import type { SessionState } from './session.state';
import { initialSessionState } from './session.state';

export type SessionDecider = Decider<SessionState, SessionCommand, SessionEvent>;

/**
 * A validation session: scheduled, its jury named, candidates convened, interviews and
 * deliberations recorded, minutes approved by every member then sealed, decisions rectified.
 * Commands are dated by `context.now` read as a Europe/Paris day; every rule of a session decision
 * is applied as of the session date, under the rulebook in force that day. Titles and rulebooks
 * are passed in so that an audit re-runs a decision against the data of its time.
 */
export const createSessionDecider = (dependencies: JuryDeciderDependencies): SessionDecider => ({
  initialState: initialSessionState,
  evolve: evolveSession,
  decide: (command, state, context) => sessionCommands.decide(command, state, decisionInput(context, dependencies)),
});

/** The decider over the shipped titles and rulebooks. */
export const sessionDecider: SessionDecider = createSessionDecider({ referential, rulebooks });
