/**
 * A calendar date `YYYY-MM-DD` (a day in Europe/Paris, no time, no zone). Kept as a plain string so
 * commands and stored events carry it as-is; functions below refuse strings that are not real days.
 */
export type CalendarDate = string;

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Parts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const daysInMonth = (year: number, month: number): number =>
  month === 2 && isLeapYear(year) ? 29 : (MONTH_LENGTHS[month - 1] ?? Number.NaN);

const partsOf = (value: string): Parts | undefined => {
  const match = PATTERN.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
};

const pad = (value: number, width: number): string => String(value).padStart(width, '0');
const format = ({ year, month, day }: Parts): CalendarDate => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

// Arithmetic on dates that callers already validated: a malformed one here is a programming error.
const strictParts = (value: CalendarDate): Parts => {
  const parts = partsOf(value);
  if (!parts) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  return parts;
};

// Days since 1970-01-01 in the proleptic Gregorian calendar, by integer arithmetic (H. Hinnant's
// days_from_civil), so that no Date object and no two-digit-year quirk is involved.
const dayNumber = (value: CalendarDate): number => {
  const { year, month, day } = strictParts(value);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
};

const fromDayNumber = (days: number): CalendarDate => {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return format({ year, month, day });
};

/** True when `value` is a `YYYY-MM-DD` string naming a day that exists (2024-02-29 yes, 2025-02-30 no). */
export const isCalendarDate = (value: unknown): value is CalendarDate => typeof value === 'string' && partsOf(value) !== undefined;

/** The date, or undefined when `value` is not a day that exists. */
export const parseCalendarDate = (value: unknown): CalendarDate | undefined => (isCalendarDate(value) ? value : undefined);

/** Negative, zero or positive, as `a` is before, on or after `b`. */
export const compareCalendarDates = (a: CalendarDate, b: CalendarDate): number => dayNumber(a) - dayNumber(b);

export const isBefore = (a: CalendarDate, b: CalendarDate): boolean => compareCalendarDates(a, b) < 0;
export const isAfter = (a: CalendarDate, b: CalendarDate): boolean => compareCalendarDates(a, b) > 0;

export const addDays = (date: CalendarDate, days: number): CalendarDate => fromDayNumber(dayNumber(date) + days);

/**
 * Same day-of-month `months` later; when that month is shorter, its last day (31 January + 1 month =
 * 28 or 29 February). This is how French law counts delays in months and years (Code de procédure
 * civile, art. 641: "à défaut d'un quantième identique, le délai expire le dernier jour du mois").
 */
export const addMonths = (date: CalendarDate, months: number): CalendarDate => {
  const { year, month, day } = strictParts(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return format({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
};

export const addYears = (date: CalendarDate, years: number): CalendarDate => addMonths(date, years * 12);

/** Days from `from` to `to` (`to` − `from`): 2024-01-01 → 2024-01-02 is 1. */
export const daysBetween = (from: CalendarDate, to: CalendarDate): number => dayNumber(to) - dayNumber(from);

/** The earlier of two dates. */
export const minDate = (a: CalendarDate, b: CalendarDate): CalendarDate => (isAfter(a, b) ? b : a);
/** The later of two dates. */
export const maxDate = (a: CalendarDate, b: CalendarDate): CalendarDate => (isBefore(a, b) ? b : a);

const PARIS = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The calendar day an instant falls on in Europe/Paris, where the ministry's dates are kept
 * (2024-03-31T22:30Z is already 2024-04-01 in Paris). Deterministic: the instant is passed in.
 */
export const calendarDateInParis = (instant: Date): CalendarDate => {
  const parts = Object.fromEntries(PARIS.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
};
