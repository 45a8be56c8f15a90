import { conflict, fail, ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import type { EvaluationState } from '../evaluation.state';
import type { EvaluationEvent } from '../events/evaluation-event-catalogue';
import type { DecisionInput } from '../shared/decision';
import { titleFor } from '../shared/guards';
import type { RecordPathway } from './record-pathway.command';

/**
 * Records a pathway the registry opened (and decided under PATHWAY there). Kafka delivers at least
 * once: the same pathway again decides nothing; the same id with other facts is a conflict.
 */
export const decideRecordPathway = (command: RecordPathway, state: EvaluationState, { on, dependencies }: DecisionInput): EventsOrRefusal<EvaluationEvent> => {
  const { data } = command;
  if (state.status === 'known') {
    if (state.candidateId !== data.candidateId) {
      return fail(conflict(`command for candidate ${data.candidateId} was sent to the evaluation stream of candidate ${state.candidateId}`));
    }
    const known = state.pathways.find((pathway) => pathway.pathwayId === data.pathwayId);
    if (known) {
      const same = known.titleCode === data.titleCode && known.type === data.pathwayType && known.region === data.region;
      return same ? ok([]) : fail(conflict(`pathway ${data.pathwayId} is already recorded, as a ${known.type} pathway towards ${known.titleCode} in region ${known.region}`));
    }
  }
  const title = titleFor(dependencies, data.titleCode, on);
  if (!title.ok) return title;
  return ok([
    {
      type: 'PathwayRecorded',
      data: {
        candidateId: data.candidateId,
        pathwayId: data.pathwayId,
        titleCode: data.titleCode,
        pathwayType: data.pathwayType,
        region: data.region,
        recordedOn: on,
      },
    },
  ]);
};
