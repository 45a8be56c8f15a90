import type { EvaluationState } from '../evaluation.state';

/**
 * The assessor ids of the trainers who evaluated the candidate (an ECF, a seat in a CCP pair, a
 * practical assessment), on any pathway, sorted: the people JURY-PROFESSIONALS keeps off their jury.
 */
export const trainersOf = (state: EvaluationState): string[] => {
  if (state.status === 'unknown') return [];
  const ids = state.pathways.flatMap((pathway) => [
    ...pathway.trainingEvaluations.map((result) => result.assessorId),
    ...pathway.ccpPairAssessments.flatMap((result) => result.assessors.filter((seat) => seat.kind === 'trainer').map((seat) => seat.assessorId)),
    ...pathway.practicalAssessments.flatMap((assessment) =>
      assessment.status === 'recorded' && assessment.assessorKind === 'trainer' ? [assessment.assessorId] : [],
    ),
  ]);
  return [...new Set(ids)].sort();
};
