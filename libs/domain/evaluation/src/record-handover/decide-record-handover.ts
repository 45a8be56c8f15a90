import { ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import type { EvaluationState } from '../evaluation.state';
import type { EvaluationEvent } from '../events/evaluation-event-catalogue';
import type { DecisionInput } from '../shared/decision';
import type { RecordHandover } from './record-handover.command';

/**
 * Moves the open pathways of the old home region to the new one. Nothing to move (a candidate this
 * service never evaluated, or a redelivery) decides nothing.
 */
export const decideRecordHandover = (command: RecordHandover, state: EvaluationState, { on }: DecisionInput): EventsOrRefusal<EvaluationEvent> => {
  const { data } = command;
  const moving = state.status === 'known' && state.pathways.some((pathway) => pathway.status === 'open' && pathway.region === data.fromRegion);
  return ok(moving ? [{ type: 'HandoverRecorded', data: { ...data, recordedOn: on } }] : []);
};
