import { ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import type { CandidateEvent } from '../events/candidate-event-catalogue';
import type { CandidateState } from '../candidate.state';
import type { DecisionInput } from '../shared/decision';
import { actingOn } from '../shared/guards';
import type { EraseCandidatePersonalData } from './erase-candidate-personal-data.command';

/** Erasing twice is not an error: the second request finds the work done and records nothing. */
export const decideEraseCandidatePersonalData = (command: EraseCandidatePersonalData, state: CandidateState, { on }: DecisionInput): EventsOrRefusal<CandidateEvent> => {
  const { data } = command;
  if (state.status === 'erased' && state.candidateId === data.candidateId) return ok([]);
  const candidate = actingOn(state, data.candidateId, data.actingRegion);
  if (!candidate.ok) return candidate;
  return ok([{ type: 'CandidatePersonalDataErased', data: { candidateId: data.candidateId, erasedOn: on } }]);
};
