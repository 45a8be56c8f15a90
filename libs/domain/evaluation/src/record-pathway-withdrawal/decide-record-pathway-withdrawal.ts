import { ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import type { EvaluationState } from '../evaluation.state';
import type { EvaluationEvent } from '../events/evaluation-event-catalogue';
import type { DecisionInput } from '../shared/decision';
import { findPathway } from '../shared/guards';
import type { RecordPathwayWithdrawal } from './record-pathway-withdrawal.command';

/** Records the registry's withdrawal; a redelivery (already withdrawn) decides nothing. */
export const decideRecordPathwayWithdrawal = (command: RecordPathwayWithdrawal, state: EvaluationState, { on }: DecisionInput): EventsOrRefusal<EvaluationEvent> => {
  const { data } = command;
  const pathway = findPathway(state, data.candidateId, data.pathwayId);
  if (!pathway.ok) return pathway;
  if (pathway.value.status === 'withdrawn') return ok([]);
  return ok([
    { type: 'PathwayWithdrawalRecorded', data: { candidateId: data.candidateId, pathwayId: data.pathwayId, titleCode: pathway.value.titleCode, recordedOn: on } },
  ]);
};
