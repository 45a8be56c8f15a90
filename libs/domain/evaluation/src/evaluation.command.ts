import { commandCatalogue, type CommandOf } from '@titrepro/domain-kernel';
import type { DecisionInput } from './shared/decision';
import type { EvaluationEvent } from './events/evaluation-event-catalogue';
import type { EvaluationState } from './evaluation.state';
import { assignAssessorCommand } from './assign-assessor/assign-assessor.command';
import { recordCcpPairAssessmentCommand } from './record-ccp-pair-assessment/record-ccp-pair-assessment.command';
import { recordHandoverCommand } from './record-handover/record-handover.command';
import { recordPathwayWithdrawalCommand } from './record-pathway-withdrawal/record-pathway-withdrawal.command';
import { recordPathwayCommand } from './record-pathway/record-pathway.command';
import { recordPracticalAssessmentCommand } from './record-practical-assessment/record-practical-assessment.command';
import { recordTrainingEvaluationCommand } from './record-training-evaluation/record-training-evaluation.command';
import { schedulePracticalAssessmentCommand } from './schedule-practical-assessment/schedule-practical-assessment.command';
import { submitDsppCommand } from './submit-dspp/submit-dspp.command';

/**
 * The commands of a candidate's evaluation stream, one line each: a command is its type, its data schema and its `decide` (`defineCommand`).
 * The union the stream accepts and its dispatch derive from this catalogue.
 */
export const evaluationCommands = commandCatalogue<EvaluationState, EvaluationEvent, DecisionInput>()({
  RecordPathway: recordPathwayCommand,
  RecordPathwayWithdrawal: recordPathwayWithdrawalCommand,
  RecordHandover: recordHandoverCommand,
  AssignAssessor: assignAssessorCommand,
  RecordTrainingEvaluation: recordTrainingEvaluationCommand,
  SubmitDspp: submitDsppCommand,
  SchedulePracticalAssessment: schedulePracticalAssessmentCommand,
  RecordPracticalAssessment: recordPracticalAssessmentCommand,
  RecordCcpPairAssessment: recordCcpPairAssessmentCommand,
});

export type EvaluationCommand = CommandOf<typeof evaluationCommands>;

export type EvaluationCommandType = EvaluationCommand['type'];
