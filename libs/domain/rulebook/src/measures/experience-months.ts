import type { CalendarDate } from '@titrepro/domain-kernel';
import { addDays, addMonths, compareCalendarDates, daysBetween, isAfter, maxDate, minDate } from '@titrepro/domain-kernel';

/** A stretch of days, both ends inclusive. */
export interface DateRange {
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

export interface ExperienceMeasure {
  /** Months of experience, as defined on `measureExperience`. */
  readonly months: number;
  /** Days covered, overlaps counted once. */
  readonly coveredDays: number;
  /** The union of the ranges: disjoint, sorted, adjacent ranges joined. */
  readonly merged: readonly DateRange[];
}

/** Whole calendar months from `start` (inclusive) to `endExclusive`. */
const wholeMonths = (start: CalendarDate, endExclusive: CalendarDate): number => {
  const [startYear, startMonth] = start.split('-').map(Number) as [number, number];
  const [endYear, endMonth] = endExclusive.split('-').map(Number) as [number, number];
  let months = (endYear - startYear) * 12 + (endMonth - startMonth);
  while (months > 0 && isAfter(addMonths(start, months), endExclusive)) months -= 1;
  return months;
};

/** Joins overlapping and adjacent ranges (a period ending on the 30th and one starting on the 31st make one). */
export const mergeRanges = (ranges: readonly DateRange[]): DateRange[] => {
  const sorted = [...ranges].sort((a, b) => compareCalendarDates(a.start, b.start));
  const merged: DateRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && compareCalendarDates(range.start, addDays(last.end, 1)) <= 0) {
      merged[merged.length - 1] = { start: last.start, end: maxDate(last.end, range.end) };
    } else {
      merged.push(range);
    }
  }
  return merged;
};

/**
 * Months of experience in a set of periods, judged on `on`:
 *
 * 1. each period is cut at `on` (later days are not yet facts); periods starting after `on` drop out;
 * 2. the periods are merged by union, so a day worked in two jobs counts once;
 * 3. the covered days are laid end to end from the first day of experience, and the experience is
 *    the number of whole calendar months those consecutive days span.
 *
 * So an uninterrupted period counts exactly its calendar months (2021-01-01 → 2023-12-31 is 36,
 * → 2023-12-30 is 35), and gaps between periods are simply left out. A day-of-month missing in a
 * shorter month is that month's last day, as French law counts delays (2021-01-31 + 1 month =
 * 2021-02-28, so 2021-01-31 → 2021-02-27 is one month).
 */
export const measureExperience = (periods: readonly DateRange[], on: CalendarDate): ExperienceMeasure => {
  const known = periods
    .filter((period) => !isAfter(period.start, on) && !isAfter(period.start, period.end))
    .map((period) => ({ start: period.start, end: minDate(period.end, on) }));
  const merged = mergeRanges(known);
  const coveredDays = merged.reduce((days, range) => days + daysBetween(range.start, addDays(range.end, 1)), 0);
  const first = merged[0];
  const months = first ? wholeMonths(first.start, addDays(first.start, coveredDays)) : 0;
  return { months, coveredDays, merged };
};
