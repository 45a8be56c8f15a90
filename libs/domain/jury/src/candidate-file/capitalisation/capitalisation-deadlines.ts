import type { CalendarDate } from '@titrepro/domain-kernel';
import type { JuryDeciderDependencies } from '../../shared/dependencies';
import type { CandidateFileState } from '../candidate-file.state';
import { capitalisationWindowOf, titlesWithCcpsHeld } from './capitalisation-window';

/** One title's deadline, as a read model shows it to the candidate and the office. */
export interface CapitalisationDeadline {
  readonly titleCode: string;
  readonly windowStart: CalendarDate;
  /** Last day (inclusive) a CCP may still be obtained. */
  readonly windowEnd: CalendarDate;
  /** The window ended by `today` (or its closure was announced). */
  readonly closed: boolean;
  readonly missingCcpCodes: string[];
}

/**
 * The capitalisation deadlines of the titles the candidate is completing (some CCPs held, not all)
 * as of `today`. A view for read models: it decides nothing.
 */
export const capitalisationDeadlines = (state: CandidateFileState, today: CalendarDate, dependencies: JuryDeciderDependencies): CapitalisationDeadline[] =>
  titlesWithCcpsHeld(state).flatMap((titleCode) => {
    const window = capitalisationWindowOf(state, titleCode, today, dependencies);
    if (!window) return [];
    const announced = state.capitalisationWindowsClosed.some((closed) => closed.titleCode === titleCode && closed.windowStart === window.windowStart);
    return [{ titleCode, windowStart: window.windowStart, windowEnd: window.windowEnd, closed: window.ended || announced, missingCcpCodes: [...window.missingCcpCodes] }];
  });
