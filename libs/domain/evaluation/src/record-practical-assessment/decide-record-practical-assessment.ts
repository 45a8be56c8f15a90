import { conflict, fail, notFound, ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import type { EvaluationState } from '../evaluation.state';
import type { EvaluationEvent } from '../events/evaluation-event-catalogue';
import { checkGrid, competencesOf, targetName } from '../shared/competences';
import type { DecisionInput } from '../shared/decision';
import { assignedTo, knownCandidate, notAfterDecisionDay, openPathway, titleFor } from '../shared/guards';
import type { RecordPracticalAssessment } from './record-practical-assessment.command';

/** Records a scheduled practical assessment once, by the assessor assigned to it, on a grid of exactly its target's compétences. */
export const decideRecordPracticalAssessment = (command: RecordPracticalAssessment, state: EvaluationState, { on, dependencies }: DecisionInput): EventsOrRefusal<EvaluationEvent> => {
  const { data } = command;
  const missing = notFound('practical assessment', data.assessmentId);
  const known = knownCandidate(state, data.candidateId, missing);
  if (!known.ok) return known;
  const owner = known.value.pathways.find((pathway) => pathway.practicalAssessments.some((assessment) => assessment.assessmentId === data.assessmentId));
  if (!owner) return fail(missing);
  const pathway = openPathway(state, data.candidateId, owner.pathwayId);
  if (!pathway.ok) return pathway;
  const assessment = pathway.value.practicalAssessments.find((each) => each.assessmentId === data.assessmentId);
  if (!assessment) return fail(missing);
  if (assessment.status === 'recorded') return fail(conflict(`practical assessment ${data.assessmentId} was already recorded (held on ${assessment.heldOn})`));

  const held = notAfterDecisionDay('heldOn', data.heldOn, on);
  if (!held.ok) return held;
  const assigned = assignedTo(pathway.value, data.assessor, { kind: 'practical-assessment', assessmentId: data.assessmentId }, `practical assessment ${data.assessmentId}`);
  if (!assigned.ok) return assigned;
  const title = titleFor(dependencies, pathway.value.titleCode, on);
  if (!title.ok) return title;
  const expected = competencesOf(title.value, assessment.target);
  if (!expected.ok) return expected;
  const grid = checkGrid('outcomes', data.outcomes, expected.value, targetName(title.value.code, assessment.target));
  if (!grid.ok) return grid;

  return ok([
    {
      type: 'PracticalAssessmentRecorded',
      data: {
        candidateId: data.candidateId,
        pathwayId: pathway.value.pathwayId,
        titleCode: pathway.value.titleCode,
        assessmentId: data.assessmentId,
        target: assessment.target,
        heldOn: data.heldOn,
        outcomes: data.outcomes,
        assessorId: data.assessor.assessorId,
        assessorKind: data.assessor.kind,
        recordedOn: on,
      },
    },
  ]);
};
