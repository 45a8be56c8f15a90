import type { ApproveMinutes } from './approve-minutes/approve-minutes.command';
import type { ConstituteJury } from './constitute-jury/constitute-jury.command';
import type { ConveneCandidate } from './convene-candidate/convene-candidate.command';
import type { RecordDeliberation } from './record-deliberation/record-deliberation.command';
import type { RecordInterview } from './record-interview/record-interview.command';
import type { RectifyDecision } from './rectify-decision/rectify-decision.command';
import type { ScheduleValidationSession } from './schedule-validation-session/schedule-validation-session.command';
import type { SealMinutes } from './seal-minutes/seal-minutes.command';

/** Every command a validation session's stream answers, as its parser yields it. */
export type SessionCommand =
  | ScheduleValidationSession
  | ConstituteJury
  | ConveneCandidate
  | RecordInterview
  | RecordDeliberation
  | ApproveMinutes
  | SealMinutes
  | RectifyDecision;

export type SessionCommandType = SessionCommand['type'];
