import { conflict, fail, invalidInput, isBefore, ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import { type EvaluationState, latestForCcp } from '../evaluation.state';
import type { EvaluationEvent } from '../events/evaluation-event-catalogue';
import type { DecisionInput } from '../shared/decision';
import { ecfPathway } from '../shared/ecf-pathway';
import { ecfTrace } from './ecf-trace';
import { assignedTo, ccpOf, notAfterDecisionDay, openPathway, rulebookFor, titleFor } from '../shared/guards';
import type { RecordTrainingEvaluation } from './record-training-evaluation.command';

/**
 * Records an ECF result under EVIDENCE-CONTINUOUS: continuous-training pathways only, a CCP of the
 * title, by a trainer the office assigned to that CCP's ECF. A failed ECF may be retaken (the last
 * result counts); a passed one is final.
 */
export const decideRecordTrainingEvaluation = (command: RecordTrainingEvaluation, state: EvaluationState, { on, dependencies }: DecisionInput): EventsOrRefusal<EvaluationEvent> => {
  const { data } = command;
  const { assessor } = data;
  const open = openPathway(state, data.candidateId, data.pathwayId);
  if (!open.ok) return open;
  const rulebook = rulebookFor(dependencies, on);
  if (!rulebook.ok) return rulebook;
  const pathway = ecfPathway(open.value, rulebook.value);
  if (!pathway.ok) return pathway;
  const title = titleFor(dependencies, pathway.value.titleCode, on);
  if (!title.ok) return title;
  const ccp = ccpOf(title.value, data.ccpCode);
  if (!ccp.ok) return ccp;
  const evaluated = notAfterDecisionDay('evaluatedOn', data.evaluatedOn, on);
  if (!evaluated.ok) return evaluated;
  if (assessor.kind !== 'trainer') return fail(conflict(`assessor ${assessor.assessorId} is a professional; an ECF is given by a trainer`));
  const assigned = assignedTo(pathway.value, assessor, { kind: 'ecf', ccpCode: data.ccpCode }, `the ECF of ${data.ccpCode}`);
  if (!assigned.ok) return assigned;

  const previous = latestForCcp(pathway.value.trainingEvaluations, data.ccpCode);
  if (previous?.result === 'passed') return fail(conflict(`the ECF of ${data.ccpCode} was already passed on ${previous.evaluatedOn}`));
  if (previous && isBefore(data.evaluatedOn, previous.evaluatedOn)) {
    return fail(invalidInput('evaluatedOn', `is before the previous ECF of ${data.ccpCode}, on ${previous.evaluatedOn}`));
  }

  return ok([
    {
      type: 'TrainingEvaluationRecorded',
      data: {
        candidateId: data.candidateId,
        pathwayId: data.pathwayId,
        titleCode: pathway.value.titleCode,
        ccpCode: data.ccpCode,
        evaluatedOn: data.evaluatedOn,
        result: data.result,
        assessorId: assessor.assessorId,
        recordedOn: on,
        trace: ecfTrace(pathway.value, title.value, rulebook.value, { ccpCode: data.ccpCode, result: data.result, evaluatedOn: data.evaluatedOn, assessorId: assessor.assessorId }),
      },
    },
  ]);
};
