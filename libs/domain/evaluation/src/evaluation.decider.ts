import type { Decider } from '@titrepro/domain-kernel';
import { decisionInput, ok } from '@titrepro/domain-kernel';
import { referential } from '@titrepro/domain-referential';
import { rulebooks } from '@titrepro/domain-rulebook';
import { evaluationCommands, type EvaluationCommand } from './evaluation.command';
import { evolveEvaluation } from './evaluation.evolve';
import type { EvaluationState } from './evaluation.state';
import { initialEvaluationState } from './evaluation.state';
import type { EvaluationEvent } from './events/evaluation-event-catalogue';
import { evidenceStatusChanges } from './evidence/evidence-status-changes';
import type { EvaluationDeciderDependencies } from './shared/dependencies';

export type EvaluationDecider = Decider<EvaluationState, EvaluationCommand, EvaluationEvent>;

/**
 * A candidate's evaluation: pathways recorded from the registry, assessors assigned, ECF, DSPP,
 * practical assessments and CCP pair evaluations. Decisions are dated by `context.now` read as a
 * Europe/Paris day; the rulebook in force that day decides. Titles and rulebooks are passed in so
 * that an audit can re-run a decision against the data of its time. Each decision's facts are
 * followed by the evidence status and trainer list they change (EvidenceCompletenessChanged,
 * CandidateTrainersChanged), so that readers and the jury need not re-run the rules. The facts are
 * decided by the command's own definition in `evaluationCommands`.
 */
export const createEvaluationDecider = (dependencies: EvaluationDeciderDependencies): EvaluationDecider => ({
  initialState: initialEvaluationState,
  evolve: evolveEvaluation,
  decide: (command, state, context) => {
    const input = decisionInput(context, dependencies);
    const facts = evaluationCommands.decide(command, state, input);
    if (!facts.ok || facts.value.length === 0) return facts;
    const after = facts.value.reduce(evolveEvaluation, state);
    return ok([...facts.value, ...evidenceStatusChanges(after, input.on, dependencies)]);
  },
});

/** The decider over the shipped titles and rulebooks. */
export const evaluationDecider: EvaluationDecider = createEvaluationDecider({ referential, rulebooks });
