import { conflict, fail, ok, type DomainError, type Result, type EventsOrRefusal } from '@titrepro/domain-kernel';
import type { CandidateEvent } from '../events/candidate-event-catalogue';
import type { CandidateState } from '../candidate.state';
import type { DecisionInput } from '../shared/decision';
import { actingOn, type RegisteredCandidate } from '../shared/guards';
import type { RecordHandover, RecordTransferRefusal } from './record-transfer-answer.command';

/** The home candidate whose transfer to `toRegion` awaits its answer. */
const awaitingAnswerFrom = (state: CandidateState, data: RecordHandover['data']): Result<RegisteredCandidate, DomainError> => {
  const candidate = actingOn(state, data.candidateId, data.actingRegion);
  if (!candidate.ok) return candidate;
  const pending = candidate.value.outgoingTransfer;
  if (pending?.toRegion !== data.toRegion) {
    return fail(conflict(`candidate ${data.candidateId} has no transfer to region ${data.toRegion} awaiting an answer`));
  }
  return candidate;
};

export const decideRecordHandover = (command: RecordHandover, state: CandidateState, { on }: DecisionInput): EventsOrRefusal<CandidateEvent> => {
  const { data } = command;
  if (state.status === 'handed-over' && state.region === data.toRegion) return ok([]);
  const candidate = awaitingAnswerFrom(state, data);
  if (!candidate.ok) return candidate;
  return ok([{ type: 'CandidateHandedOver', data: { candidateId: data.candidateId, fromRegion: data.actingRegion, toRegion: data.toRegion, handedOverOn: on } }]);
};

export const decideRecordTransferRefusal = (command: RecordTransferRefusal, state: CandidateState, { on }: DecisionInput): EventsOrRefusal<CandidateEvent> => {
  const { data } = command;
  const candidate = awaitingAnswerFrom(state, data);
  if (!candidate.ok) return candidate;
  return ok([{ type: 'OutgoingTransferRefused', data: { candidateId: data.candidateId, toRegion: data.toRegion, refusedOn: on, reason: data.reason } }]);
};
