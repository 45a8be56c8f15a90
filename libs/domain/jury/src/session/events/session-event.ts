import type { CandidateConvened } from './candidate-convened.event';
import type { CcpAwarded } from './ccp-awarded.event';
import type { CcsAwarded } from './ccs-awarded.event';
import type { DecisionRectified } from './decision-rectified.event';
import type { DeliberationRecorded } from './deliberation-recorded.event';
import type { InterviewRecorded } from './interview-recorded.event';
import type { JuryConstituted } from './jury-constituted.event';
import type { MinutesApproved } from './minutes-approved.event';
import type { MinutesSealed } from './minutes-sealed.event';
import type { TitleAwarded } from './title-awarded.event';
import type { TitleNotAwarded } from './title-not-awarded.event';
import type { ValidationSessionScheduled } from './validation-session-scheduled.event';

/** Every event of a validation session's stream. None holds personal data: people travel as ids. */
export type SessionEvent =
  | ValidationSessionScheduled
  | JuryConstituted
  | CandidateConvened
  | InterviewRecorded
  | DeliberationRecorded
  | MinutesApproved
  | MinutesSealed
  | TitleAwarded
  | CcpAwarded
  | TitleNotAwarded
  | CcsAwarded
  | DecisionRectified;

export type SessionEventType = SessionEvent['type'];

/** The events that record rule applications: what an audit re-runs. */
export type SessionDecisionEvent = Extract<SessionEvent, { readonly type: 'JuryConstituted' | 'CandidateConvened' | 'DeliberationRecorded' | 'DecisionRectified' }>;

export const SESSION_DECISION_EVENT_TYPES = ['JuryConstituted', 'CandidateConvened', 'DeliberationRecorded', 'DecisionRectified'] as const satisfies readonly SessionDecisionEvent['type'][];

export const isSessionDecisionEvent = (event: SessionEvent): event is SessionDecisionEvent => (SESSION_DECISION_EVENT_TYPES as readonly string[]).includes(event.type);
