import { conflict, fail, ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import type { CandidateEvent } from '../events/candidate-event-catalogue';
import type { CandidateState } from '../candidate.state';
import type { OpenIncomingTransfer } from './open-incoming-transfer.command';

/**
 * Opens the incoming file, on a stream this region never held, handed over, or refused before. An
 * offer already open from the same region decides nothing (a redelivery); a file this region
 * holds, or an erased one, cannot be offered to it.
 */
export const decideOpenIncomingTransfer = (command: OpenIncomingTransfer, state: CandidateState): EventsOrRefusal<CandidateEvent> => {
  const { data } = command;
  if (data.fromRegion === data.toRegion) return fail(conflict(`a transfer from region ${data.fromRegion} to itself is not a transfer`));
  switch (state.status) {
    case 'incoming':
    case 'receiving':
      return state.fromRegion === data.fromRegion ? ok([]) : fail(conflict(`candidate ${data.candidateId}'s file is already on its way from region ${state.fromRegion}`));
    case 'registered':
      return fail(conflict(`candidate ${data.candidateId}'s file is already held by region ${state.region}`));
    case 'erased':
      return fail(conflict(`candidate ${data.candidateId}'s personal data was erased on ${state.erasedOn}; the file is closed`));
    case 'unregistered':
    case 'handed-over':
    case 'incoming-refused':
      return ok([{ type: 'IncomingTransferOpened', data: { ...data } }]);
    default: {
      const unexpected: never = state;
      throw new Error(`unknown candidate state ${JSON.stringify(unexpected)}`);
    }
  }
};
