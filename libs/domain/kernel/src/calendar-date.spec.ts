import {
  addDays,
  addMonths,
  addYears,
  calendarDateInParis,
  compareCalendarDates,
  daysBetween,
  isCalendarDate,
  parseCalendarDate,
} from './calendar-date';

describe('calendar dates', () => {
  it.each(['2024-02-29', '2000-02-29', '1999-12-31', '0001-01-01'])('accepts %s, a day that exists', (value) => {
    expect(isCalendarDate(value)).toBe(true);
  });

  it.each(['2025-02-29', '1900-02-29', '2025-02-30', '2025-04-31', '2025-13-01', '2025-00-10', '2025-1-01', '2025-01-01T00:00:00Z', ' 2025-01-01', '', 20250101, null])(
    'refuses %p, which is not a YYYY-MM-DD day that exists',
    (value) => {
      expect(parseCalendarDate(value)).toBeUndefined();
    },
  );

  it('adds months keeping the day of month, or the last day of a shorter month (CPC art. 641)', () => {
    expect(addMonths('2024-01-15', 1)).toBe('2024-02-15');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addYears('2024-02-29', 5)).toBe('2029-02-28');
    expect(addYears('2010-06-15', 5)).toBe('2015-06-15');
  });

  it('counts and adds days across months, leap years and centuries', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2023-01-01', '2024-01-01')).toBe(365);
    expect(daysBetween('1970-01-01', '2000-03-01')).toBe(11_017);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
    expect(addDays('2000-01-01', -1)).toBe('1999-12-31');
    expect(compareCalendarDates('2024-01-02', '2024-01-01')).toBeGreaterThan(0);
  });

  it('refuses arithmetic on a malformed date', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
  });

  it('reads an instant as the day it is in Europe/Paris', () => {
    expect(calendarDateInParis(new Date('2024-03-31T22:30:00Z'))).toBe('2024-04-01');
    expect(calendarDateInParis(new Date('2024-01-15T22:59:59Z'))).toBe('2024-01-15');
    expect(calendarDateInParis(new Date('2024-01-15T23:00:00Z'))).toBe('2024-01-16');
  });
});
