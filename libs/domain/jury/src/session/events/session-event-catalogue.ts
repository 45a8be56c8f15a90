import { eventCatalogue, type EventOf } from '@titrepro/domain-kernel';
import { candidateConvenedDescriptor } from './candidate-convened.event';
import { ccpAwardedDescriptor } from './ccp-awarded.event';
import { ccsAwardedDescriptor } from './ccs-awarded.event';
import { conflictOfInterestDeclaredDescriptor } from './conflict-of-interest-declared.event';
import { decisionRectifiedDescriptor } from './decision-rectified.event';
import { deliberationRecordedDescriptor } from './deliberation-recorded.event';
import { interviewRecordedDescriptor } from './interview-recorded.event';
import { juryConstitutedDescriptor } from './jury-constituted.event';
import { minutesApprovedDescriptor } from './minutes-approved.event';
import { minutesSealedDescriptor } from './minutes-sealed.event';
import { titleAwardedDescriptor } from './title-awarded.event';
import { titleNotAwardedDescriptor } from './title-not-awarded.event';
import { validationSessionScheduledDescriptor } from './validation-session-scheduled.event';

export * from './candidate-convened.event';
export * from './ccp-awarded.event';
export * from './ccs-awarded.event';
export * from './conflict-of-interest-declared.event';
export * from './decision-rectified.event';
export * from './deliberation-recorded.event';
export * from './interview-recorded.event';
export * from './jury-constituted.event';
export * from './minutes-approved.event';
export * from './minutes-sealed.event';
export * from './title-awarded.event';
export * from './title-not-awarded.event';
export * from './validation-session-scheduled.event';

/**
 * The events of a validation session's stream, described: schema versions, decision traces
 * (JuryConstituted, CandidateConvened, DeliberationRecorded, DecisionRectified), reading back and
 * one-line descriptions.
 */
export const sessionEvents = eventCatalogue({
  ValidationSessionScheduled: validationSessionScheduledDescriptor,
  JuryConstituted: juryConstitutedDescriptor,
  CandidateConvened: candidateConvenedDescriptor,
  InterviewRecorded: interviewRecordedDescriptor,
  DeliberationRecorded: deliberationRecordedDescriptor,
  MinutesApproved: minutesApprovedDescriptor,
  MinutesSealed: minutesSealedDescriptor,
  TitleAwarded: titleAwardedDescriptor,
  CcpAwarded: ccpAwardedDescriptor,
  TitleNotAwarded: titleNotAwardedDescriptor,
  CcsAwarded: ccsAwardedDescriptor,
  DecisionRectified: decisionRectifiedDescriptor,
  ConflictOfInterestDeclared: conflictOfInterestDeclaredDescriptor,
});

/** Every event of a validation session's stream. None holds personal data: people travel as ids. */
export type SessionEvent = EventOf<typeof sessionEvents>;

export type SessionEventType = SessionEvent['type'];

/** The events that record rule applications: what an audit re-runs. */
export type SessionDecisionEvent = Extract<SessionEvent, { readonly type: 'JuryConstituted' | 'CandidateConvened' | 'DeliberationRecorded' | 'DecisionRectified' }>;

export const SESSION_DECISION_EVENT_TYPES = ['JuryConstituted', 'CandidateConvened', 'DeliberationRecorded', 'DecisionRectified'] as const satisfies readonly SessionDecisionEvent['type'][];

export const isSessionDecisionEvent = (event: SessionEvent): event is SessionDecisionEvent => (SESSION_DECISION_EVENT_TYPES as readonly string[]).includes(event.type);
