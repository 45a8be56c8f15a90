import { ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import type { DecisionInput } from '../../shared/decision';
import type { CandidateFileState } from '../candidate-file.state';
import type { CandidateFileEvent } from '../events/candidate-file-event-catalogue';
import type { RecordPathwayWithdrawal } from './record-pathway-withdrawal.command';

/** Records a withdrawal. A pathway the file does not know, or already withdrawn, decides nothing. */
export const decideRecordPathwayWithdrawal = (command: RecordPathwayWithdrawal, state: CandidateFileState, { on: today }: DecisionInput): EventsOrRefusal<CandidateFileEvent> => {
  const { candidateId, source, pathwayId } = command.data;
  const pathway = state.pathways.find((each) => each.pathwayId === pathwayId);
  if (!pathway || pathway.status === 'withdrawn') return ok([]);
  return ok([{ type: 'PathwayWithdrawalRecorded', data: { candidateId, source, pathwayId, titleCode: pathway.titleCode, recordedOn: today } }]);
};
