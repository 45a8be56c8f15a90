import { z } from 'zod';
import { addYears, compareCalendarDates, isCalendarDate, maxDate, minDate, type CalendarDate } from './calendar-date';
import { invalidInput, type DomainError } from './domain-error';
import { fail, ok, type Result } from './result';

/**
 * One end of a plausible range: a fixed day, a number of years from the decision's day (negative:
 * before it), or both (the tighter one holds). The fixed part is checked at the edge by the parser;
 * the part relative to today by the decider, which receives the day with its input: a pure domain
 * never reads a clock.
 */
export interface DateBound {
  readonly fixed?: CalendarDate;
  readonly yearsFromToday?: number;
}

/** A date field's plausible range, named in every refusal. */
export interface DateRange {
  /** What the field is, in the refusal: "a birth date". */
  readonly name: string;
  readonly earliest: DateBound;
  readonly latest: DateBound;
}

/**
 * The plausible range of every date a command carries, defined once. A date outside is a typing
 * error or an attack, not a fact: refused with 400 naming the field and the range.
 */
export const DATE_RANGES = {
  /** A candidate is at least 14 (an apprentice of the 3e); nobody registering was born before 1900. */
  birthDate: { name: 'a birth date', earliest: { fixed: '1900-01-01' }, latest: { yearsFromToday: -14 } },
  /** A period of professional experience declared for VAE: not in the future. */
  experience: { name: 'a date of professional experience', earliest: { fixed: '1940-01-01' }, latest: { yearsFromToday: 0 } },
  /** An evaluation that took place (ECF, practical assessment, pair assessment): titres professionnels' evaluations are recorded from 2000, never in the future. */
  evaluation: { name: 'an evaluation date', earliest: { fixed: '2000-01-01' }, latest: { yearsFromToday: 0 } },
  /** A practical assessment being scheduled: from a year back (recorded late) to two years ahead. */
  assessmentSchedule: { name: 'a practical assessment date', earliest: { fixed: '2000-01-01', yearsFromToday: -1 }, latest: { fixed: '2099-12-31', yearsFromToday: 2 } },
  /** A validation session: from a year back (recorded late) to two years ahead. */
  sessionDate: { name: 'a session date', earliest: { fixed: '2000-01-01', yearsFromToday: -1 }, latest: { fixed: '2099-12-31', yearsFromToday: 2 } },
  /** A decision another service took and published (a jury's, a regional office's): from 2000, never in the future. */
  decisionDate: { name: 'a decision date', earliest: { fixed: '2000-01-01' }, latest: { yearsFromToday: 0 } },
} as const satisfies Record<string, DateRange>;

const boundText = (bound: DateBound, side: 'earliest' | 'latest'): string => {
  const relative =
    bound.yearsFromToday === undefined
      ? undefined
      : bound.yearsFromToday === 0
        ? 'today'
        : `${Math.abs(bound.yearsFromToday)} year${Math.abs(bound.yearsFromToday) === 1 ? '' : 's'} ${bound.yearsFromToday < 0 ? 'before' : 'after'} today`;
  if (bound.fixed && relative) return `${relative} (${side === 'earliest' ? 'not before' : 'not after'} ${bound.fixed})`;
  return relative ?? bound.fixed ?? 'any day';
};

/** The range in words: "a birth date, from 1900-01-01 to 14 years before today". */
export const describeDateRange = (range: DateRange): string => `${range.name}, from ${boundText(range.earliest, 'earliest')} to ${boundText(range.latest, 'latest')}`;

const resolve = (bound: DateBound, today: CalendarDate, tighter: (a: CalendarDate, b: CalendarDate) => CalendarDate): CalendarDate | undefined => {
  const relative = bound.yearsFromToday === undefined ? undefined : addYears(today, bound.yearsFromToday);
  if (bound.fixed && relative) return tighter(bound.fixed, relative);
  return relative ?? bound.fixed;
};

/** The first and last day the range allows on `today` (undefined: open on that side). */
export const dateRangeOn = (range: DateRange, today: CalendarDate): { readonly earliest?: CalendarDate; readonly latest?: CalendarDate } => {
  const earliest = resolve(range.earliest, today, maxDate);
  const latest = resolve(range.latest, today, minDate);
  return { ...(earliest ? { earliest } : {}), ...(latest ? { latest } : {}) };
};

const within = (date: CalendarDate, earliest: CalendarDate | undefined, latest: CalendarDate | undefined): boolean =>
  (earliest === undefined || compareCalendarDates(date, earliest) >= 0) && (latest === undefined || compareCalendarDates(date, latest) <= 0);

/**
 * The schema of a date field with a plausible range: a day that exists (2023-02-30 refused), within
 * the range's fixed bounds. The bounds relative to today are the decider's (`checkDateInRange`).
 */
export const calendarDateIn = (range: DateRange) =>
  z
    .string()
    .refine(isCalendarDate, { message: 'must be a calendar date YYYY-MM-DD that exists' })
    .refine((value) => !isCalendarDate(value) || within(value, range.earliest.fixed, range.latest.fixed), {
      message: `must be ${describeDateRange(range)}`,
    });

/** The whole range on the decision's day: the refusal names the field, the range and the days it means today. */
export const checkDateInRange = (range: DateRange, field: string, date: CalendarDate, today: CalendarDate): Result<CalendarDate, DomainError> => {
  const { earliest, latest } = dateRangeOn(range, today);
  if (within(date, earliest, latest)) return ok(date);
  const days = `${earliest ?? '…'} to ${latest ?? '…'}`;
  return fail(invalidInput(field, `must be ${describeDateRange(range)} (on ${today}: ${days})`));
};
