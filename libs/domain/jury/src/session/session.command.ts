import { commandCatalogue, type CommandOf } from '@titrepro/domain-kernel';
import type { DecisionInput } from '../shared/decision';
import type { SessionEvent } from './events/session-event-catalogue';
import type { SessionState } from './session.state';
import { approveMinutesCommand } from './approve-minutes/approve-minutes.command';
import { constituteJuryCommand } from './constitute-jury/constitute-jury.command';
import { declareConflictOfInterestCommand } from './declare-conflict-of-interest/declare-conflict-of-interest.command';
import { conveneCandidateCommand } from './convene-candidate/convene-candidate.command';
import { recordDeliberationCommand } from './record-deliberation/record-deliberation.command';
import { recordInterviewCommand } from './record-interview/record-interview.command';
import { rectifyDecisionCommand } from './rectify-decision/rectify-decision.command';
import { scheduleValidationSessionCommand } from './schedule-validation-session/schedule-validation-session.command';
import { sealMinutesCommand } from './seal-minutes/seal-minutes.command';

/**
 * The commands of a validation session's stream, one line each: a command is its type, its data schema and its `decide` (`defineCommand`).
 * The union the stream accepts and its dispatch derive from this catalogue.
 */
export const sessionCommands = commandCatalogue<SessionState, SessionEvent, DecisionInput>()({
  ScheduleValidationSession: scheduleValidationSessionCommand,
  ConstituteJury: constituteJuryCommand,
  ConveneCandidate: conveneCandidateCommand,
  RecordInterview: recordInterviewCommand,
  RecordDeliberation: recordDeliberationCommand,
  ApproveMinutes: approveMinutesCommand,
  SealMinutes: sealMinutesCommand,
  RectifyDecision: rectifyDecisionCommand,
  DeclareConflictOfInterest: declareConflictOfInterestCommand,
});

export type SessionCommand = CommandOf<typeof sessionCommands>;

export type SessionCommandType = SessionCommand['type'];
