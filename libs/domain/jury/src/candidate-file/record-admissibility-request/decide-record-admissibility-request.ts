import { ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import type { DecisionInput } from '../../shared/decision';
import type { CandidateFileState } from '../candidate-file.state';
import type { CandidateFileEvent } from '../events/candidate-file-event-catalogue';
import { vaePathwayOf } from '../record-admissibility/decide-record-admissibility';
import type { RecordAdmissibilityRequest } from './record-admissibility-request.command';

/**
 * Records a dossier de recevabilité filed on the VAE pathway it is about. None in the file (unknown,
 * not VAE, another title) decides nothing, as for a notified admissibility.
 */
export const decideRecordAdmissibilityRequest = (command: RecordAdmissibilityRequest, state: CandidateFileState, { on: today }: DecisionInput): EventsOrRefusal<CandidateFileEvent> => {
  const { candidateId, source, titleCode, requestedOn } = command.data;
  const pathway = vaePathwayOf(state, command.data);
  if (!pathway || pathway.type !== 'vae' || pathway.titleCode !== titleCode) return ok([]);
  return ok([{ type: 'AdmissibilityRequestRecorded', data: { candidateId, source, pathwayId: pathway.pathwayId, titleCode, requestedOn, recordedOn: today } }]);
};
