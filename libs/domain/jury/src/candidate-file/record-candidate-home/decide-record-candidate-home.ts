import { ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import type { DecisionInput } from '../../shared/decision';
import type { CandidateFileState } from '../candidate-file.state';
import type { CandidateFileEvent } from '../events/candidate-file-event-catalogue';
import type { RecordCandidateHome } from './record-candidate-home.command';

/** Records the region holding the file; the region it already holds decides nothing. */
export const decideRecordCandidateHome = (command: RecordCandidateHome, state: CandidateFileState, { on: today }: DecisionInput): EventsOrRefusal<CandidateFileEvent> => {
  const { candidateId, source, region } = command.data;
  if (state.homeRegion === region) return ok([]);
  return ok([{ type: 'CandidateHomeRecorded', data: { candidateId, source, region, recordedOn: today } }]);
};
