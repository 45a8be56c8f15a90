import { ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import type { DecisionInput } from '../../shared/decision';
import type { CandidateFileState } from '../candidate-file.state';
import type { CandidateFileEvent } from '../events/candidate-file-event-catalogue';
import type { RecordRectifiedAward } from './record-rectified-award.command';

/**
 * Records a rectification: the decision's holdings are replaced by its new award. A decision may
 * be rectified several times, each a distinct consumed event; the same event again is caught by its
 * source id. A rectification that overtook its award still records the new award.
 */
export const decideRecordRectifiedAward = (command: RecordRectifiedAward, _state: CandidateFileState, { on: today }: DecisionInput): EventsOrRefusal<CandidateFileEvent> => {
  const { candidateId, source, decisionId, sessionId, region, titleCode, award, awardedOn } = command.data;
  return ok([{ type: 'AwardRectified', data: { candidateId, source, decisionId, sessionId, region, titleCode, award, awardedOn, recordedOn: today } }]);
};
