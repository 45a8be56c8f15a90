import { ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import type { DecisionInput } from '../../shared/decision';
import type { CandidateFileState } from '../candidate-file.state';
import type { CandidateFileEvent } from '../events/candidate-file-event-catalogue';
import type { RecordTrainers } from './record-trainers.command';

const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((id) => b.includes(id));

/** Records the current trainer list; the list the file already holds decides nothing. */
export const decideRecordTrainers = (command: RecordTrainers, state: CandidateFileState, { on: today }: DecisionInput): EventsOrRefusal<CandidateFileEvent> => {
  const { candidateId, source, trainerIds } = command.data;
  if (sameSet(state.trainerIds, trainerIds)) return ok([]);
  return ok([{ type: 'TrainersRecorded', data: { candidateId, source, trainerIds, recordedOn: today } }]);
};
