import { calendarDateInParis, type Decider, type EventsOrRefusal } from '@titrepro/domain-kernel';
import { referential } from '@titrepro/domain-referential';
import { rulebooks } from '@titrepro/domain-rulebook';
import type { DecisionInput } from '../shared/decision';
import type { JuryDeciderDependencies } from '../shared/dependencies';
import { decideApproveMinutes } from './approve-minutes/decide-approve-minutes';
import { decideConstituteJury } from './constitute-jury/decide-constitute-jury';
import { decideConveneCandidate } from './convene-candidate/decide-convene-candidate';
import type { SessionEvent } from './events/session-event-catalogue';
import { decideRecordDeliberation } from './record-deliberation/decide-record-deliberation';
import { decideRecordInterview } from './record-interview/decide-record-interview';
import { decideRectifyDecision } from './rectify-decision/decide-rectify-decision';
import { decideScheduleValidationSession } from './schedule-validation-session/decide-schedule-validation-session';
import { decideSealMinutes } from './seal-minutes/decide-seal-minutes';
import type { SessionCommand } from './session.command';
import { evolveSession } from './session.evolve';
import { initialSessionState, type SessionState } from './session.state';

export type SessionDecider = Decider<SessionState, SessionCommand, SessionEvent>;

const decideSession = (command: SessionCommand, state: SessionState, input: DecisionInput): EventsOrRefusal<SessionEvent> => {
  switch (command.type) {
    case 'ScheduleValidationSession':
      return decideScheduleValidationSession(command, state, input);
    case 'ConstituteJury':
      return decideConstituteJury(command, state, input);
    case 'ConveneCandidate':
      return decideConveneCandidate(command, state, input);
    case 'RecordInterview':
      return decideRecordInterview(command, state, input);
    case 'RecordDeliberation':
      return decideRecordDeliberation(command, state, input);
    case 'ApproveMinutes':
      return decideApproveMinutes(command, state, input);
    case 'SealMinutes':
      return decideSealMinutes(command, state, input);
    case 'RectifyDecision':
      return decideRectifyDecision(command, state, input);
    default: {
      const unexpected: never = command;
      throw new Error(`unknown session command ${JSON.stringify(unexpected)}`);
    }
  }
};

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
  decide: (command, state, context) => decideSession(command, state, { today: calendarDateInParis(context.now), dependencies }),
});

/** The decider over the shipped titles and rulebooks. */
export const sessionDecider: SessionDecider = createSessionDecider({ referential, rulebooks });
