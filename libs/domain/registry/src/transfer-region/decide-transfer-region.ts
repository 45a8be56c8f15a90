import { conflict, fail, ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import type { CandidateEvent } from '../events/candidate-event-catalogue';
import type { CandidateState } from '../candidate.state';
import type { DecisionInput } from '../shared/decision';
import { actingOn } from '../shared/guards';
import type { TransferRegion } from './transfer-region.command';

/**
 * Offers the file to another region, asked by the home region. The file stays here until that
 * region accepts; one offer at a time.
 */
export const decideTransferRegion = (command: TransferRegion, state: CandidateState, { on }: DecisionInput): EventsOrRefusal<CandidateEvent> => {
  const { data } = command;
  const candidate = actingOn(state, data.candidateId, data.actingRegion);
  if (!candidate.ok) return candidate;
  if (data.toRegion === candidate.value.region) return fail(conflict(`candidate ${data.candidateId} is already in region ${data.toRegion}`));
  const pending = candidate.value.outgoingTransfer;
  if (pending) {
    return fail(conflict(`candidate ${data.candidateId}'s transfer to region ${pending.toRegion}, asked on ${pending.requestedOn}, awaits its answer`));
  }
  return ok([
    {
      type: 'CandidateTransferred',
      data: { candidateId: data.candidateId, fromRegion: candidate.value.region, toRegion: data.toRegion, transferredOn: on },
    },
  ]);
};
