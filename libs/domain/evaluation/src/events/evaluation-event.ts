import type { HandoverRecorded } from './handover-recorded.event';
import type { AssessorAssigned } from './assessor-assigned.event';
import type { CandidateTrainersChanged } from './candidate-trainers-changed.event';
import type { CcpPairAssessmentRecorded } from './ccp-pair-assessment-recorded.event';
import type { DsppSubmitted } from './dspp-submitted.event';
import type { EvidenceCompletenessChanged } from './evidence-completeness-changed.event';
import type { PathwayRecorded } from './pathway-recorded.event';
import type { PathwayWithdrawalRecorded } from './pathway-withdrawal-recorded.event';
import type { PracticalAssessmentRecorded } from './practical-assessment-recorded.event';
import type { PracticalAssessmentScheduled } from './practical-assessment-scheduled.event';
import type { TrainingEvaluationRecorded } from './training-evaluation-recorded.event';

/**
 * Every event of a candidate's evaluation stream: the facts decided, then the evidence status and
 * trainer list they change. None holds personal data: documents travel as hashes, people as ids.
 */
export type EvaluationEvent =
  | PathwayRecorded
  | PathwayWithdrawalRecorded
  | HandoverRecorded
  | AssessorAssigned
  | TrainingEvaluationRecorded
  | DsppSubmitted
  | PracticalAssessmentScheduled
  | PracticalAssessmentRecorded
  | CcpPairAssessmentRecorded
  | EvidenceCompletenessChanged
  | CandidateTrainersChanged;

export type EvaluationEventType = EvaluationEvent['type'];
