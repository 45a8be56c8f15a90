import type { CalendarDate } from '@titrepro/domain-kernel';
import { isAfter, maxDate } from '@titrepro/domain-kernel';
import type { Rulebook } from './rulebook';
import type { RulebookCatalogue } from './rulebook-catalogue';

/** One rulebook's share of a period: the days, within the period, it governs. */
export interface RegimePeriod {
  readonly rulebook: Rulebook;
  readonly from: CalendarDate;
  /** Inclusive; null while both the period and the rulebook are open. */
  readonly to: CalendarDate | null;
}

const earlierEnd = (a: CalendarDate | null, b: CalendarDate | null): CalendarDate | null => (a === null ? b : b === null ? a : isAfter(a, b) ? b : a);

/**
 * The rulebooks that govern some day of [from, to] (to null: open), oldest first, each with the
 * days it governs within it: how a référentiel version valid over years was named regime by regime.
 */
export const regimesBetween = (catalogue: Pick<RulebookCatalogue, 'listRulebooks'>, from: CalendarDate, to: CalendarDate | null): readonly RegimePeriod[] =>
  catalogue.listRulebooks().flatMap((rulebook) => {
    const start = maxDate(from, rulebook.validFrom);
    const end = earlierEnd(to, rulebook.validTo);
    return end !== null && isAfter(start, end) ? [] : [{ rulebook, from: start, to: end }];
  });
