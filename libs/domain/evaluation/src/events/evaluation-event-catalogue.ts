import { eventCatalogue, type EventOf } from '@titrepro/domain-kernel';
import { assessorAssignedDescriptor } from './assessor-assigned.event';
import { candidateTrainersChangedDescriptor } from './candidate-trainers-changed.event';
import { ccpPairAssessmentRecordedDescriptor } from './ccp-pair-assessment-recorded.event';
import { dsppSubmittedDescriptor } from './dspp-submitted.event';
import { evidenceCompletenessChangedDescriptor } from './evidence-completeness-changed.event';
import { handoverRecordedDescriptor } from './handover-recorded.event';
import { pathwayRecordedDescriptor } from './pathway-recorded.event';
import { pathwayWithdrawalRecordedDescriptor } from './pathway-withdrawal-recorded.event';
import { practicalAssessmentRecordedDescriptor } from './practical-assessment-recorded.event';
import { practicalAssessmentScheduledDescriptor } from './practical-assessment-scheduled.event';
import { trainingEvaluationRecordedDescriptor } from './training-evaluation-recorded.event';

export * from './assessor-assigned.event';
export * from './candidate-trainers-changed.event';
export * from './ccp-pair-assessment-recorded.event';
export * from './dspp-submitted.event';
export * from './evidence-completeness-changed.event';
export * from './handover-recorded.event';
export * from './pathway-recorded.event';
export * from './pathway-withdrawal-recorded.event';
export * from './practical-assessment-recorded.event';
export * from './practical-assessment-scheduled.event';
export * from './training-evaluation-recorded.event';

/**
 * The events of a candidate's evaluation stream, described: schema versions, decision traces
 * (TrainingEvaluationRecorded, CcpPairAssessmentRecorded, EvidenceCompletenessChanged), reading back
 * and one-line descriptions.
 */
export const evaluationEvents = eventCatalogue({
  PathwayRecorded: pathwayRecordedDescriptor,
  PathwayWithdrawalRecorded: pathwayWithdrawalRecordedDescriptor,
  HandoverRecorded: handoverRecordedDescriptor,
  AssessorAssigned: assessorAssignedDescriptor,
  TrainingEvaluationRecorded: trainingEvaluationRecordedDescriptor,
  DsppSubmitted: dsppSubmittedDescriptor,
  PracticalAssessmentScheduled: practicalAssessmentScheduledDescriptor,
  PracticalAssessmentRecorded: practicalAssessmentRecordedDescriptor,
  CcpPairAssessmentRecorded: ccpPairAssessmentRecordedDescriptor,
  EvidenceCompletenessChanged: evidenceCompletenessChangedDescriptor,
  CandidateTrainersChanged: candidateTrainersChangedDescriptor,
});

/**
 * Every event of a candidate's evaluation stream: the facts decided, then the evidence status and
 * trainer list they change. None holds personal data: documents travel as hashes, people as ids.
 */
export type EvaluationEvent = EventOf<typeof evaluationEvents>;

export type EvaluationEventType = EvaluationEvent['type'];
