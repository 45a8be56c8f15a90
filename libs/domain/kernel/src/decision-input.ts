import { calendarDateInParis, type CalendarDate } from './calendar-date';
import type { DecisionContext } from './decider';

/**
 * What every use case of every domain lib decides with: the decision day, the decision instant and
 * the data it reads. One type for the four services (each names its dependencies).
 */
export interface DecisionInput<Dependencies> {
  /** The decision day: the Europe/Paris day of `now`. Rules judge facts as of it. */
  readonly on: CalendarDate;
  /** The decision instant (the command's clock), for what expires within a day (a link code). */
  readonly now: Date;
  readonly dependencies: Dependencies;
}

/** The input a stream's decider hands its use cases, from the command's context. */
export const decisionInput = <Dependencies>(context: DecisionContext, dependencies: Dependencies): DecisionInput<Dependencies> => ({
  on: calendarDateInParis(context.now),
  now: context.now,
  dependencies,
});
