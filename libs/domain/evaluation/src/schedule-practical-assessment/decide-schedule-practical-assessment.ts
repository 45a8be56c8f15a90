import { checkDateInRange, conflict, DATE_RANGES, fail, ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import type { EvaluationState } from '../evaluation.state';
import type { EvaluationEvent } from '../events/evaluation-event-catalogue';
import { competencesOf } from '../shared/competences';
import type { DecisionInput } from '../shared/decision';
import { targetLabel } from '../shared/labels';
import { actingFor, openPathway, titleFor } from '../shared/guards';
import type { SchedulePracticalAssessment } from './schedule-practical-assessment.command';

const sameTarget = (a: object, b: object): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Schedules a practical assessment of something the title holds (its synthesis, one of its CCPs or CCSs); one pending per target. */
export const decideSchedulePracticalAssessment = (command: SchedulePracticalAssessment, state: EvaluationState, { on, dependencies }: DecisionInput): EventsOrRefusal<EvaluationEvent> => {
  const { data } = command;
  const open = openPathway(state, data.candidateId, data.pathwayId);
  if (!open.ok) return open;
  const pathway = actingFor(open.value, data.actingRegion);
  if (!pathway.ok) return pathway;
  if (state.status === 'known' && state.pathways.some((each) => each.practicalAssessments.some((assessment) => assessment.assessmentId === data.assessmentId))) {
    return fail(conflict(`practical assessment ${data.assessmentId} already exists`));
  }
  const scheduledOn = checkDateInRange(DATE_RANGES.assessmentSchedule, 'scheduledOn', data.scheduledOn, on);
  if (!scheduledOn.ok) return scheduledOn;
  const title = titleFor(dependencies, pathway.value.titleCode, on);
  if (!title.ok) return title;
  const target = competencesOf(title.value, data.target);
  if (!target.ok) return target;
  const pending = pathway.value.practicalAssessments.find((assessment) => assessment.status === 'scheduled' && sameTarget(assessment.target, data.target));
  if (pending) {
    return fail(conflict(`practical assessment ${pending.assessmentId} (${targetLabel(data.target).en}) is already scheduled on ${pending.scheduledOn} and not yet recorded`));
  }
  return ok([
    {
      type: 'PracticalAssessmentScheduled',
      data: {
        candidateId: data.candidateId,
        pathwayId: data.pathwayId,
        assessmentId: data.assessmentId,
        target: data.target,
        scheduledOn: data.scheduledOn,
        region: data.actingRegion,
        recordedOn: on,
      },
    },
  ]);
};
