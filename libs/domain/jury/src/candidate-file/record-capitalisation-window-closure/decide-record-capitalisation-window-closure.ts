import { ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import type { DecisionInput } from '../../shared/decision';
import type { CandidateFileState } from '../candidate-file.state';
import type { CandidateFileEvent } from '../events/candidate-file-event-catalogue';
import type { RecordCapitalisationWindowClosure } from './record-capitalisation-window-closure.command';

/** Takes note of a closure announced by a jury (this one's included); a window already closed decides nothing. */
export const decideRecordCapitalisationWindowClosure = (
  command: RecordCapitalisationWindowClosure,
  state: CandidateFileState,
  { on: today }: DecisionInput,
): EventsOrRefusal<CandidateFileEvent> => {
  const { candidateId, source, titleCode, windowStart, windowEnd } = command.data;
  const known = state.capitalisationWindowsClosed.some((closed) => closed.titleCode === titleCode && closed.windowStart === windowStart);
  if (known) return ok([]);
  return ok([{ type: 'CapitalisationWindowClosureRecorded', data: { candidateId, source, titleCode, windowStart, windowEnd, recordedOn: today } }]);
};
