import { eventCatalogue } from '@titrepro/domain-kernel';
import { candidateConvenedDescriptor } from './candidate-convened.descriptor';
import { ccpAwardedDescriptor } from './ccp-awarded.descriptor';
import { ccsAwardedDescriptor } from './ccs-awarded.descriptor';
import { decisionRectifiedDescriptor } from './decision-rectified.descriptor';
import { deliberationRecordedDescriptor } from './deliberation-recorded.descriptor';
import { interviewRecordedDescriptor } from './interview-recorded.descriptor';
import { juryConstitutedDescriptor } from './jury-constituted.descriptor';
import { minutesApprovedDescriptor } from './minutes-approved.descriptor';
import { minutesSealedDescriptor } from './minutes-sealed.descriptor';
import type { SessionEvent } from './session-event';
import { titleAwardedDescriptor } from './title-awarded.descriptor';
import { titleNotAwardedDescriptor } from './title-not-awarded.descriptor';
import { validationSessionScheduledDescriptor } from './validation-session-scheduled.descriptor';

/**
 * The events of a validation session's stream, described: schema versions, decision traces
 * (JuryConstituted, CandidateConvened, DeliberationRecorded, DecisionRectified), reading back and
 * one-line descriptions.
 */
export const sessionEvents = eventCatalogue<SessionEvent>({
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
});
