import { ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import type { DecisionInput } from '../../shared/decision';
import type { CandidateFileState } from '../candidate-file.state';
import type { CandidateFileEvent } from '../events/candidate-file-event-catalogue';
import type { RecordPathway } from './record-pathway.command';

/**
 * Records a pathway the registry opened, which decided it under PATHWAY. A pathway id already in
 * the file decides nothing: the registry's first word on it stands, a consumed fact is never refused.
 */
export const decideRecordPathway = (command: RecordPathway, state: CandidateFileState, { on: today }: DecisionInput): EventsOrRefusal<CandidateFileEvent> => {
  const { candidateId, source, pathwayId, titleCode, pathwayType, region } = command.data;
  if (state.pathways.some((pathway) => pathway.pathwayId === pathwayId)) return ok([]);
  return ok([{ type: 'PathwayRecorded', data: { candidateId, source, pathwayId, titleCode, pathwayType, region, recordedOn: today } }]);
};
