import { calendarDateInParis, type Decider, type EventsOrRefusal, ok } from '@titrepro/domain-kernel';
import { referential } from '@titrepro/domain-referential';
import { rulebooks } from '@titrepro/domain-rulebook';
import { decideAssignAssessor } from './assign-assessor/decide-assign-assessor';
import type { EvaluationCommand } from './evaluation.command';
import { evolveEvaluation } from './evaluation.evolve';
import { type EvaluationState, initialEvaluationState } from './evaluation.state';
import type { EvaluationEvent } from './events/evaluation-event-catalogue';
import { evidenceStatusChanges } from './evidence/evidence-status-changes';
import { decideRecordCcpPairAssessment } from './record-ccp-pair-assessment/decide-record-ccp-pair-assessment';
import { decideRecordPathway } from './record-pathway/decide-record-pathway';
import { decideRecordHandover } from './record-handover/decide-record-handover';
import { decideRecordPathwayWithdrawal } from './record-pathway-withdrawal/decide-record-pathway-withdrawal';
import { decideRecordPracticalAssessment } from './record-practical-assessment/decide-record-practical-assessment';
import { decideRecordTrainingEvaluation } from './record-training-evaluation/decide-record-training-evaluation';
import { decideSchedulePracticalAssessment } from './schedule-practical-assessment/decide-schedule-practical-assessment';
import type { DecisionInput } from './shared/decision';
import type { EvaluationDeciderDependencies } from './shared/dependencies';
import { decideSubmitDspp } from './submit-dspp/decide-submit-dspp';

export type EvaluationDecider = Decider<EvaluationState, EvaluationCommand, EvaluationEvent>;

/** The facts a command decides, before the status events they lead to. */
const decideFacts = (command: EvaluationCommand, state: EvaluationState, input: DecisionInput): EventsOrRefusal<EvaluationEvent> => {
  switch (command.type) {
    case 'RecordPathway':
      return decideRecordPathway(command, state, input);
    case 'RecordPathwayWithdrawal':
      return decideRecordPathwayWithdrawal(command, state, input);
    case 'RecordHandover':
      return decideRecordHandover(command, state, input);
    case 'AssignAssessor':
      return decideAssignAssessor(command, state, input);
    case 'RecordTrainingEvaluation':
      return decideRecordTrainingEvaluation(command, state, input);
    case 'SubmitDspp':
      return decideSubmitDspp(command, state, input);
    case 'SchedulePracticalAssessment':
      return decideSchedulePracticalAssessment(command, state, input);
    case 'RecordPracticalAssessment':
      return decideRecordPracticalAssessment(command, state, input);
    case 'RecordCcpPairAssessment':
      return decideRecordCcpPairAssessment(command, state, input);
    default: {
      const unexpected: never = command;
      throw new Error(`unknown evaluation command ${JSON.stringify(unexpected)}`);
    }
  }
};

/**
 * A candidate's evaluation: pathways recorded from the registry, assessors assigned, ECF, DSPP,
 * practical assessments and CCP pair evaluations. Decisions are dated by `context.now` read as a
 * Europe/Paris day; the rulebook in force that day decides. Titles and rulebooks are passed in so
 * that an audit can re-run a decision against the data of its time. Each decision's facts are
 * followed by the evidence status and trainer list they change (EvidenceCompletenessChanged,
 * CandidateTrainersChanged), so that readers and the jury need not re-run the rules.
 */
export const createEvaluationDecider = (dependencies: EvaluationDeciderDependencies): EvaluationDecider => ({
  initialState: initialEvaluationState,
  evolve: evolveEvaluation,
  decide: (command, state, context) => {
    const input = { on: calendarDateInParis(context.now), dependencies };
    const facts = decideFacts(command, state, input);
    if (!facts.ok || facts.value.length === 0) return facts;
    const after = facts.value.reduce(evolveEvaluation, state);
    return ok([...facts.value, ...evidenceStatusChanges(after, input.on, dependencies)]);
  },
});

/** The decider over the shipped titles and rulebooks. */
export const evaluationDecider: EvaluationDecider = createEvaluationDecider({ referential, rulebooks });
