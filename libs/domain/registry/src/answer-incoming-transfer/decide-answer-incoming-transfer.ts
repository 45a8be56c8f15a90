import { conflict, fail, notFound, ok, type DomainError, type Result, type EventsOrRefusal } from '@titrepro/domain-kernel';
import type { CandidateEvent } from '../events/candidate-event-catalogue';
import type { CandidateState, IncomingFile } from '../candidate.state';
import type { DecisionInput } from '../shared/decision';
import type { AcceptIncomingTransfer, RefuseIncomingTransfer } from './answer-incoming-transfer.command';

/** The open offer a receiving region's officer may answer. */
const openOffer = (state: CandidateState, candidateId: string, actingRegion: string): Result<IncomingFile, DomainError> => {
  if (state.status === 'incoming' && state.toRegion === actingRegion) return ok(state);
  if (state.status === 'receiving') return fail(conflict(`the transfer of candidate ${candidateId} from region ${state.fromRegion} was accepted on ${state.acceptedOn}`));
  if (state.status === 'incoming-refused') return fail(conflict(`the transfer of candidate ${candidateId} from region ${state.fromRegion} was refused on ${state.refusedOn}`));
  return fail(notFound('incoming transfer', candidateId));
};

export const decideAcceptIncomingTransfer = (command: AcceptIncomingTransfer, state: CandidateState, { on }: DecisionInput): EventsOrRefusal<CandidateEvent> => {
  const offer = openOffer(state, command.data.candidateId, command.data.actingRegion);
  if (!offer.ok) return offer;
  const { candidateId, fromRegion, toRegion } = offer.value;
  return ok([{ type: 'IncomingTransferAccepted', data: { candidateId, fromRegion, toRegion, acceptedOn: on } }]);
};

export const decideRefuseIncomingTransfer = (command: RefuseIncomingTransfer, state: CandidateState, { on }: DecisionInput): EventsOrRefusal<CandidateEvent> => {
  const offer = openOffer(state, command.data.candidateId, command.data.actingRegion);
  if (!offer.ok) return offer;
  const { candidateId, fromRegion, toRegion } = offer.value;
  return ok([
    {
      type: 'IncomingTransferRefused',
      data: { candidateId, fromRegion, toRegion, refusedOn: on, reason: command.data.reason, explanation: command.data.explanation ?? null },
    },
  ]);
};
