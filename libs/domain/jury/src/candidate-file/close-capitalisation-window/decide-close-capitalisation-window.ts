import { ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import type { DecisionInput } from '../../shared/decision';
import { capitalisationWindowOf } from '../capitalisation/capitalisation-window';
import type { CandidateFileState } from '../candidate-file.state';
import type { CandidateFileEvent } from '../events/candidate-file-event-catalogue';
import type { CloseCapitalisationWindow } from './close-capitalisation-window.command';

/**
 * Announces a title's capitalisation window closed when CAPITALISATION-WINDOW fails today (its
 * last day has passed) while some CCP of the title is still missing. Every region's deployment
 * holds a copy of the file; only the home region's announces, and once per window. Anything
 * else decides nothing: the app issues this command freely.
 */
export const decideCloseCapitalisationWindow = (command: CloseCapitalisationWindow, state: CandidateFileState, { on: today, dependencies }: DecisionInput): EventsOrRefusal<CandidateFileEvent> => {
  const { candidateId, titleCode, deploymentRegion } = command.data;
  if (state.homeRegion !== deploymentRegion) return ok([]);
  const window = capitalisationWindowOf(state, titleCode, today, dependencies);
  if (!window || !window.ended) return ok([]);
  const announced = state.capitalisationWindowsClosed.some((closed) => closed.titleCode === titleCode && closed.windowStart === window.windowStart);
  if (announced) return ok([]);
  const { windowStart, windowEnd, ccpCodesHeld, missingCcpCodes, rulebookId } = window;
  return ok([{ type: 'CapitalisationWindowClosed', data: { candidateId, titleCode, windowStart, windowEnd, ccpCodesHeld, missingCcpCodes, closedOn: today, rulebookId } }]);
};
