import { conflict, fail, ok } from '@titrepro/domain-kernel';
import type { CandidateState } from '../candidate.state';
import type { Decision, DecisionInput } from '../shared/decision';
import { actingOn } from '../shared/guards';
import type { TransferRegion } from './transfer-region.command';

/** Hands the candidate over to another region, asked by their current one. */
export const decideTransferRegion = (command: TransferRegion, state: CandidateState, { on }: DecisionInput): Decision => {
  const { data } = command;
  const candidate = actingOn(state, data.candidateId, data.actingRegion);
  if (!candidate.ok) return candidate;
  if (data.toRegion === candidate.value.region) return fail(conflict(`candidate ${data.candidateId} is already in region ${data.toRegion}`));
  return ok([
    {
      type: 'CandidateTransferred',
      data: { candidateId: data.candidateId, fromRegion: candidate.value.region, toRegion: data.toRegion, transferredOn: on },
    },
  ]);
};
