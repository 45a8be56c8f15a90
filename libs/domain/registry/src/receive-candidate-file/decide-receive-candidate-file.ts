import { conflict, fail, notFound, ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import type { CandidateEvent } from '../events/candidate-event-catalogue';
import type { CandidateState } from '../candidate.state';
import type { DecisionInput } from '../shared/decision';
import type { ReceiveCandidateFile } from './receive-candidate-file.command';

/** Takes in the file of an accepted transfer; the same file again (a redelivery) decides nothing. */
export const decideReceiveCandidateFile = (command: ReceiveCandidateFile, state: CandidateState, { on }: DecisionInput): EventsOrRefusal<CandidateEvent> => {
  const { actingRegion, ...file } = command.data;
  if (state.status === 'registered' && state.region === actingRegion) return ok([]);
  if (state.status !== 'receiving') {
    return state.status === 'unregistered'
      ? fail(notFound('incoming transfer', file.candidateId))
      : fail(conflict(`candidate ${file.candidateId}'s file is not awaited: no accepted transfer is open (${state.status})`));
  }
  if (state.fromRegion !== file.fromRegion || state.toRegion !== actingRegion) {
    return fail(conflict(`the accepted transfer of candidate ${file.candidateId} comes from region ${state.fromRegion}, not ${file.fromRegion}`));
  }
  return ok([{ type: 'CandidateFileReceived', data: { ...file, region: actingRegion, receivedOn: on } }]);
};
