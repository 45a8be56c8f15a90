import type { CalendarDate } from '@titrepro/domain-kernel';
import { addDays, addYears, compareCalendarDates } from '@titrepro/domain-kernel';
import type { Referential } from '@titrepro/domain-referential';
import { evaluateRule, type Rulebook } from '@titrepro/domain-rulebook';
import type { JuryDeciderDependencies } from '../../shared/dependencies';

/**
 * Which files the capitalisation sweep asks on a day (each file then decides, CloseCapitalisationWindow):
 * a title's CCPs held whose window may have run out with the passing of time. Narrows the search
 * only: a file asked in vain decides nothing.
 */
export interface CapitalisationSweepSelection {
  /** The rulebook in force that day, whose CAPITALISATION-WINDOW measured the windows. */
  readonly rulebookId: string;
  /**
   * A window opened by a first CCP obtained on or before this day has run out (the seed's five
   * years); null when, under that rulebook, no window runs out with time from a CCP (since 2016).
   */
  readonly firstCcpObtainedBy: CalendarDate | null;
  /** Titles whose référentiel (its latest version) ended before that day: their windows end with them (since 2016). */
  readonly titlesEnded: readonly string[];
}

/** How far back a first CCP is searched for: beyond any title's life. */
const HORIZON_YEARS = 200;

/** The window a first CCP obtained on `start` opened, as `rulebook` measures it on `today`, has run out. */
const endedBy = (rulebook: Rulebook, start: CalendarDate, today: CalendarDate): boolean =>
  !evaluateRule(rulebook, 'CAPITALISATION-WINDOW', { ccpsObtained: [{ ccpCode: 'first', obtainedOn: start }], on: today, titleValidTo: null }).passed;

/**
 * The latest day a first CCP may have been obtained for its window to have run out by `today`,
 * read from the rule itself (no period is written here): the rule is asked, day by day in a binary
 * search, since an earlier start never ends later. Null when no start within the horizon has.
 */
const latestEndedStart = (rulebook: Rulebook, today: CalendarDate): CalendarDate | null => {
  let ended = addYears(today, -HORIZON_YEARS);
  if (!endedBy(rulebook, ended, today)) return null;
  let open = today;
  if (endedBy(rulebook, open, today)) return today;
  // Invariant: `ended` has run out, `open` has not.
  while (compareCalendarDates(open, ended) > 1) {
    const middle = addDays(ended, Math.floor(compareCalendarDates(open, ended) / 2));
    if (endedBy(rulebook, middle, today)) ended = middle;
    else open = middle;
  }
  return ended;
};

/**
 * What the capitalisation sweep selects on `today`, under the rulebook in force that day (the one
 * CloseCapitalisationWindow decides under): undefined when none is.
 */
export const capitalisationSweepSelection = (
  today: CalendarDate,
  dependencies: Pick<JuryDeciderDependencies, 'rulebooks'> & { readonly referential: Pick<Referential, 'listTitles'> },
): CapitalisationSweepSelection | undefined => {
  const rulebook = dependencies.rulebooks.rulebookInForceAt(today);
  if (!rulebook) return undefined;
  const titlesEnded = dependencies.referential
    .listTitles()
    .filter((title) => title.validTo !== null && compareCalendarDates(title.validTo, today) < 0)
    .map((title) => title.code);
  return { rulebookId: rulebook.id, firstCcpObtainedBy: latestEndedStart(rulebook, today), titlesEnded };
};
