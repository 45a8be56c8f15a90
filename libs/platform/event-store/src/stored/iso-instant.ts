const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:Z|[+-](\d{2}):(\d{2}))$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
/** Arithmetic, not a Date: every appended event is checked, and a Date per event showed in the append's profile. */
const daysIn = (year: number, month: number): number => (month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0));

/**
 * Whether `value` is an ISO-8601 (RFC 3339) instant: date, time and `Z` or an offset, each field in
 * range. `Date.parse` alone accepts 2026-02-30 (as 2 March) and times without an offset (as local
 * time): neither names one instant for every reader of the log.
 */
export const isIsoInstant = (value: unknown): value is string => {
  if (typeof value !== 'string') return false;
  const match = INSTANT.exec(value);
  if (!match) return false;
  const field = (index: number, absent = Number.NaN): number => Number(match[index] ?? absent);
  const [year, month, day] = [field(1), field(2), field(3)];
  return (
    month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month) &&
    field(4) <= 23 && field(5) <= 59 && field(6) <= 59 &&
    field(7, 0) <= 23 && field(8, 0) <= 59
  );
};
