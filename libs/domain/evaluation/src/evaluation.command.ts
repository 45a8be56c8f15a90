import type { RecordHandover } from './record-handover/record-handover.command';
import type { AssignAssessor } from './assign-assessor/assign-assessor.command';
import type { RecordCcpPairAssessment } from './record-ccp-pair-assessment/record-ccp-pair-assessment.command';
import type { RecordPathway } from './record-pathway/record-pathway.command';
import type { RecordPathwayWithdrawal } from './record-pathway-withdrawal/record-pathway-withdrawal.command';
import type { RecordPracticalAssessment } from './record-practical-assessment/record-practical-assessment.command';
import type { RecordTrainingEvaluation } from './record-training-evaluation/record-training-evaluation.command';
import type { SchedulePracticalAssessment } from './schedule-practical-assessment/schedule-practical-assessment.command';
import type { SubmitDspp } from './submit-dspp/submit-dspp.command';

/** Every command a candidate's evaluation stream answers, as its parser yields it (`parseRecordPathway`…). */
export type EvaluationCommand =
  | RecordPathway
  | RecordPathwayWithdrawal
  | RecordHandover
  | AssignAssessor
  | RecordTrainingEvaluation
  | SubmitDspp
  | SchedulePracticalAssessment
  | RecordPracticalAssessment
  | RecordCcpPairAssessment;

export type EvaluationCommandType = EvaluationCommand['type'];
