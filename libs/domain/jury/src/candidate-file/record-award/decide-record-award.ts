import { ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import type { DecisionInput } from '../../shared/decision';
import type { CandidateFileState } from '../candidate-file.state';
import type { CandidateFileEvent } from '../events/candidate-file-event-catalogue';
import type { RecordAward } from './record-award.command';

/**
 * Records what a decision awarded, once per decision: a decision already taken (awarded or
 * rectified) decides nothing, whichever event brought it again.
 */
export const decideRecordAward = (command: RecordAward, state: CandidateFileState, { on: today }: DecisionInput): EventsOrRefusal<CandidateFileEvent> => {
  const { candidateId, source, decisionId, sessionId, region, titleCode, award, awardedOn } = command.data;
  if (state.decisionIds.includes(decisionId)) return ok([]);
  return ok([{ type: 'AwardRecorded', data: { candidateId, source, decisionId, sessionId, region, titleCode, award, awardedOn, recordedOn: today } }]);
};
