import { conflict, type DomainError, type EventsOrRefusal, fail, forbidden, ok, type Result } from '@titrepro/domain-kernel';
import type { Title } from '@titrepro/domain-referential';
import type { EvaluationState, PathwayEvaluation } from '../evaluation.state';
import type { EvaluationEvent } from '../events/evaluation-event-catalogue';
import type { AssessorFacts, AssignmentScope } from '../shared/assessor-facts';
import type { DecisionInput } from '../shared/decision';
import { scopeLabel } from '../shared/labels';
import { ecfPathway } from '../shared/ecf-pathway';
import { actingFor, ccpOf, isAssigned, openPathway, qualifiedFor, rulebookFor, titleFor } from '../shared/guards';
import type { AssignAssessor } from './assign-assessor.command';

type ScopeCheck = Result<unknown, DomainError>;

const ecfScope = (pathway: PathwayEvaluation, title: Title, assessor: AssessorFacts, ccpCode: string, input: DecisionInput): ScopeCheck => {
  const rulebook = rulebookFor(input.dependencies, input.on);
  if (!rulebook.ok) return rulebook;
  const continuous = ecfPathway(pathway, rulebook.value);
  if (!continuous.ok) return continuous;
  if (assessor.kind !== 'trainer') return fail(conflict(`assessor ${assessor.assessorId} is a professional; an ECF is given by a trainer`));
  return ccpOf(title, ccpCode);
};

const practicalAssessmentScope = (pathway: PathwayEvaluation, assessmentId: string): ScopeCheck => {
  const assessment = pathway.practicalAssessments.find((each) => each.assessmentId === assessmentId);
  if (!assessment) return fail(conflict(`no practical assessment ${assessmentId} is scheduled on pathway ${pathway.pathwayId}`));
  if (assessment.status === 'recorded') return fail(conflict(`practical assessment ${assessmentId} was already held and recorded on ${assessment.heldOn}`));
  return ok(assessment);
};

const ccpEvaluationScope = (pathway: PathwayEvaluation, title: Title, ccpCode: string): ScopeCheck => {
  if (pathway.type !== 'discontinuous-training') {
    return fail(conflict(`pathway ${pathway.pathwayId} is a ${pathway.type} pathway; CCPs are evaluated by an assessor pair (CCP-PAIR) only in the discontinuous pathway`));
  }
  return ccpOf(title, ccpCode);
};

const checkScope = (pathway: PathwayEvaluation, title: Title, assessor: AssessorFacts, scope: AssignmentScope, input: DecisionInput): ScopeCheck => {
  switch (scope.kind) {
    case 'ecf':
      return ecfScope(pathway, title, assessor, scope.ccpCode, input);
    case 'practical-assessment':
      return practicalAssessmentScope(pathway, scope.assessmentId);
    case 'ccp-evaluation':
      return ccpEvaluationScope(pathway, title, scope.ccpCode);
    default: {
      const unexpected: never = scope;
      throw new Error(`unknown scope ${JSON.stringify(unexpected)}`);
    }
  }
};

/**
 * The pathway's office assigns one of its own assessors, qualified for the title, to a piece of
 * evaluation that exists for this pathway: a CCP of the title, a scheduled practical assessment.
 */
export const decideAssignAssessor = (command: AssignAssessor, state: EvaluationState, input: DecisionInput): EventsOrRefusal<EvaluationEvent> => {
  const { data } = command;
  const { assessor } = data;
  const open = openPathway(state, data.candidateId, data.pathwayId);
  if (!open.ok) return open;
  const pathway = actingFor(open.value, data.actingRegion);
  if (!pathway.ok) return pathway;
  if (assessor.region !== data.actingRegion) {
    return fail(forbidden(`assessor ${assessor.assessorId} is registered in region ${assessor.region}; region ${data.actingRegion} may only assign its own assessors`));
  }
  if (state.status === 'known' && state.pathways.some((each) => each.assignments.some((assignment) => assignment.assignmentId === data.assignmentId))) {
    return fail(conflict(`assignment ${data.assignmentId} already exists`));
  }
  const qualified = qualifiedFor(assessor, pathway.value.titleCode);
  if (!qualified.ok) return qualified;
  const title = titleFor(input.dependencies, pathway.value.titleCode, input.on);
  if (!title.ok) return title;
  const scope = checkScope(pathway.value, title.value, assessor, data.scope, input);
  if (!scope.ok) return scope;
  if (isAssigned(pathway.value, assessor.assessorId, data.scope)) {
    return fail(conflict(`assessor ${assessor.assessorId} is already assigned to the ${scopeLabel(data.scope).en} on pathway ${data.pathwayId}`));
  }

  return ok([
    {
      type: 'AssessorAssigned',
      data: {
        candidateId: data.candidateId,
        pathwayId: data.pathwayId,
        assignmentId: data.assignmentId,
        scope: data.scope,
        assessorId: assessor.assessorId,
        assessorKind: assessor.kind,
        region: data.actingRegion,
        assignedOn: input.on,
      },
    },
  ]);
};
