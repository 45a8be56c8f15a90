import { ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import type { CandidateEvent } from '../events/candidate-event-catalogue';
import type { CandidateState } from '../candidate.state';
import type { DecisionInput } from '../shared/decision';
import { actingOn, openPathway } from '../shared/guards';
import type { WithdrawPathway } from './withdraw-pathway.command';

/** Withdraws an open pathway of the candidate. */
export const decideWithdrawPathway = (command: WithdrawPathway, state: CandidateState, { on }: DecisionInput): EventsOrRefusal<CandidateEvent> => {
  const { data } = command;
  const candidate = actingOn(state, data.candidateId, data.actingRegion);
  if (!candidate.ok) return candidate;
  const pathway = openPathway(candidate.value, data.pathwayId);
  if (!pathway.ok) return pathway;
  return ok([
    {
      type: 'PathwayWithdrawn',
      data: { candidateId: data.candidateId, pathwayId: data.pathwayId, titleCode: pathway.value.titleCode, withdrawnOn: on },
    },
  ]);
};
