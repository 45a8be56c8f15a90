import { handoverRecordedDescriptor } from './handover-recorded.descriptor';
import { eventCatalogue } from '@titrepro/domain-kernel';
import { assessorAssignedDescriptor } from './assessor-assigned.descriptor';
import { candidateTrainersChangedDescriptor } from './candidate-trainers-changed.descriptor';
import { ccpPairAssessmentRecordedDescriptor } from './ccp-pair-assessment-recorded.descriptor';
import { dsppSubmittedDescriptor } from './dspp-submitted.descriptor';
import type { EvaluationEvent } from './evaluation-event';
import { evidenceCompletenessChangedDescriptor } from './evidence-completeness-changed.descriptor';
import { pathwayRecordedDescriptor } from './pathway-recorded.descriptor';
import { pathwayWithdrawalRecordedDescriptor } from './pathway-withdrawal-recorded.descriptor';
import { practicalAssessmentRecordedDescriptor } from './practical-assessment-recorded.descriptor';
import { practicalAssessmentScheduledDescriptor } from './practical-assessment-scheduled.descriptor';
import { trainingEvaluationRecordedDescriptor } from './training-evaluation-recorded.descriptor';

/**
 * The events of a candidate's evaluation stream, described: schema versions, decision traces
 * (TrainingEvaluationRecorded, CcpPairAssessmentRecorded, EvidenceCompletenessChanged), reading back
 * and one-line descriptions.
 */
export const evaluationEvents = eventCatalogue<EvaluationEvent>({
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
