import { ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import type { FilePathway } from '../../shared/candidate-file-facts';
import type { DecisionInput } from '../../shared/decision';
import type { CandidateFileState } from '../candidate-file.state';
import type { CandidateFileEvent } from '../events/candidate-file-event-catalogue';
import type { RecordAdmissibility } from './record-admissibility.command';

/** The VAE pathway the notification is about: the one named, or else the open VAE pathway towards the title. */
export const vaePathwayOf = (state: CandidateFileState, { pathwayId, titleCode }: { readonly pathwayId: string | null; readonly titleCode: string }): FilePathway | undefined =>
  state.pathways.find((pathway) =>
    pathwayId === null ? pathway.type === 'vae' && pathway.status === 'open' && pathway.titleCode === titleCode : pathway.pathwayId === pathwayId,
  );

/**
 * Records an admissibility on the VAE pathway it is about. None in the file (unknown, not VAE,
 * another title) decides nothing: admissibility only matters to a VAE pathway the jury may convene.
 */
export const decideRecordAdmissibility = (command: RecordAdmissibility, state: CandidateFileState, { on: today }: DecisionInput): EventsOrRefusal<CandidateFileEvent> => {
  const { candidateId, source, titleCode, outcome, decidedOn } = command.data;
  const pathway = vaePathwayOf(state, command.data);
  if (!pathway || pathway.type !== 'vae' || pathway.titleCode !== titleCode) return ok([]);
  return ok([{ type: 'AdmissibilityRecorded', data: { candidateId, source, pathwayId: pathway.pathwayId, titleCode, outcome, decidedOn, recordedOn: today } }]);
};
