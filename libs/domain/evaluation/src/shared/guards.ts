import type { CalendarDate, DomainError, Result } from '@titrepro/domain-kernel';
import { checkDateInRange, conflict, DATE_RANGES, fail, forbidden, notFound, ok } from '@titrepro/domain-kernel';
import type { Ccp, Title } from '@titrepro/domain-referential';
import type { Rulebook } from '@titrepro/domain-rulebook';
import type { EvaluationState, PathwayEvaluation } from '../evaluation.state';
import type { AssessorFacts, AssignmentScope } from './assessor-facts';
import type { EvaluationDeciderDependencies } from './dependencies';

export type KnownEvaluation = Extract<EvaluationState, { status: 'known' }>;

/** The candidate's evaluation, checking that the command was sent to their stream. */
export const knownCandidate = (state: EvaluationState, candidateId: string, missing: DomainError): Result<KnownEvaluation, DomainError> => {
  if (state.status === 'unknown') return fail(missing);
  if (state.candidateId !== candidateId) {
    return fail(conflict(`command for candidate ${candidateId} was sent to the evaluation stream of candidate ${state.candidateId}`));
  }
  return ok(state);
};

export const findPathway = (state: EvaluationState, candidateId: string, pathwayId: string): Result<PathwayEvaluation, DomainError> => {
  const known = knownCandidate(state, candidateId, notFound('pathway', pathwayId));
  if (!known.ok) return known;
  const pathway = known.value.pathways.find((each) => each.pathwayId === pathwayId);
  return pathway ? ok(pathway) : fail(notFound('pathway', pathwayId));
};

/** A pathway evaluation may go on: recorded and not withdrawn. */
export const openPathway = (state: EvaluationState, candidateId: string, pathwayId: string): Result<PathwayEvaluation, DomainError> => {
  const found = findPathway(state, candidateId, pathwayId);
  if (!found.ok) return found;
  if (found.value.status !== 'open') return fail(conflict(`pathway ${pathwayId} was withdrawn on ${found.value.withdrawnOn}`));
  return found;
};

/** Only the office of the pathway's region organises its evaluation. */
export const actingFor = (pathway: PathwayEvaluation, actingRegion: string): Result<PathwayEvaluation, DomainError> =>
  pathway.region === actingRegion
    ? ok(pathway)
    : fail(forbidden(`pathway ${pathway.pathwayId} is evaluated by region ${pathway.region}; region ${actingRegion} may not act on it`));

/** The rulebook governing a decision taken on `on`. */
export const rulebookFor = (dependencies: EvaluationDeciderDependencies, on: CalendarDate): Result<Rulebook, DomainError> => {
  const rulebook = dependencies.rulebooks.rulebookInForceAt(on);
  return rulebook ? ok(rulebook) : fail(conflict(`no rulebook is in force on ${on}`));
};

/**
 * The title's référentiel for a decision on `on`: the version in force that day, else its latest
 * version, because a pathway opened while the title was in force is still evaluated after it lapsed.
 */
export const titleFor = (dependencies: EvaluationDeciderDependencies, titleCode: string, on: CalendarDate): Result<Title, DomainError> => {
  const title = dependencies.referential.titleValidAt(titleCode, on) ?? dependencies.referential.findTitle(titleCode);
  return title ? ok(title) : fail(notFound('title', titleCode));
};

export const ccpOf = (title: Title, ccpCode: string): Result<Ccp, DomainError> => {
  const ccp = title.ccps.find((each) => each.code === ccpCode);
  return ccp ? ok(ccp) : fail(conflict(`${ccpCode} is not a CCP of title ${title.code}; its CCPs are ${title.ccps.map((each) => each.code).join(', ')}`));
};

const sameScope = (a: AssignmentScope, b: AssignmentScope): boolean => JSON.stringify(a) === JSON.stringify(b);

export const isAssigned = (pathway: PathwayEvaluation, assessorId: string, scope: AssignmentScope): boolean =>
  pathway.assignments.some((assignment) => assignment.assessorId === assessorId && sameScope(assignment.scope, scope));

/** The assessor may act on this piece only if the office assigned them to it. */
export const assignedTo = (pathway: PathwayEvaluation, assessor: AssessorFacts, scope: AssignmentScope, what: string): Result<AssessorFacts, DomainError> =>
  isAssigned(pathway, assessor.assessorId, scope)
    ? ok(assessor)
    : fail(conflict(`assessor ${assessor.assessorId} is not assigned to ${what} on pathway ${pathway.pathwayId}`));

export const qualifiedFor = (assessor: AssessorFacts, titleCode: string): Result<AssessorFacts, DomainError> =>
  assessor.qualifiedTitleCodes.includes(titleCode)
    ? ok(assessor)
    : fail(conflict(`assessor ${assessor.assessorId} is not qualified for title ${titleCode} (qualified for ${assessor.qualifiedTitleCodes.join(', ')})`));

/** An evaluation's date lies in the evaluation range on the day it is recorded: not in the future, not before 2000. */
export const notAfterDecisionDay = (field: string, date: CalendarDate, on: CalendarDate): Result<CalendarDate, DomainError> =>
  checkDateInRange(DATE_RANGES.evaluation, field, date, on);
