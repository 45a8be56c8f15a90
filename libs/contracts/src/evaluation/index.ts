import { CandidateTrainersChangedV1 } from './candidate-trainers-changed.v1';
import { CcpPairAssessmentRecordedV1 } from './ccp-pair-assessment-recorded.v1';
import { DsppSubmittedV1 } from './dspp-submitted.v1';
import { EvidenceCompletenessChangedV1 } from './evidence-completeness-changed.v1';
import { PracticalAssessmentRecordedV1 } from './practical-assessment-recorded.v1';
import { TrainingEvaluationRecordedV1 } from './training-evaluation-recorded.v1';

export {
  CandidateTrainersChangedV1,
  CcpPairAssessmentRecordedV1,
  DsppSubmittedV1,
  EvidenceCompletenessChangedV1,
  PracticalAssessmentRecordedV1,
  TrainingEvaluationRecordedV1,
};

/** Every integration event the evaluation service publishes, all versions still in use. */
export const EVALUATION_CONTRACTS = [
  TrainingEvaluationRecordedV1,
  DsppSubmittedV1,
  PracticalAssessmentRecordedV1,
  CcpPairAssessmentRecordedV1,
  EvidenceCompletenessChangedV1,
  CandidateTrainersChangedV1,
] as const;
