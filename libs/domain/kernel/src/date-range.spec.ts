import { calendarDateIn, checkDateInRange, DATE_RANGES, dateRangeOn, describeDateRange } from './date-range';
import { parseInput } from './input/parse-input';
import { z } from 'zod';

const TODAY = '2026-12-07';
const parseField = (range: (typeof DATE_RANGES)[keyof typeof DATE_RANGES], value: unknown) => parseInput(z.strictObject({ on: calendarDateIn(range) }), { on: value });

describe('plausible date ranges', () => {
  it('describes a range in words, naming its fixed and relative ends', () => {
    expect(describeDateRange(DATE_RANGES.birthDate)).toBe('a birth date, from 1900-01-01 to 14 years before today');
    expect(describeDateRange(DATE_RANGES.sessionDate)).toBe('a session date, from 1 year before today (not before 2000-01-01) to 2 years after today (not after 2099-12-31)');
  });

  it('resolves the relative ends on the decision day, the tighter end winning', () => {
    expect(dateRangeOn(DATE_RANGES.birthDate, TODAY)).toEqual({ earliest: '1900-01-01', latest: '2012-12-07' });
    expect(dateRangeOn(DATE_RANGES.sessionDate, TODAY)).toEqual({ earliest: '2025-12-07', latest: '2028-12-07' });
    expect(dateRangeOn(DATE_RANGES.sessionDate, '2000-06-01')).toEqual({ earliest: '2000-01-01', latest: '2002-06-01' });
  });

  it.each([
    ['birthDate', '1800-01-01'],
    ['evaluation', '1800-01-01'],
    ['sessionDate', '2999-12-31'],
    ['sessionDate', '1999-12-31'],
  ] as const)('refuses a %s of %s at the edge, naming the range', (range, value) => {
    expect(parseField(DATE_RANGES[range], value)).toEqual({ ok: false, error: { kind: 'invalid-input', field: 'on', message: `must be ${describeDateRange(DATE_RANGES[range])}` } });
  });

  it.each(['2023-02-30', '2023-02-29', '2024-13-01', '1990-4-12'])('refuses %s, a day that does not exist, as not a date', (value) => {
    expect(parseField(DATE_RANGES.evaluation, value)).toMatchObject({ ok: false, error: { field: 'on', message: 'must be a calendar date YYYY-MM-DD that exists' } });
  });

  it('accepts at the edge what only today can judge; the decider refuses it, naming the field, the range and its days', () => {
    expect(parseField(DATE_RANGES.birthDate, '2025-01-01').ok).toBe(true);
    expect(checkDateInRange(DATE_RANGES.birthDate, 'birthDate', '2012-12-08', TODAY)).toEqual({
      ok: false,
      error: { kind: 'invalid-input', field: 'birthDate', message: 'must be a birth date, from 1900-01-01 to 14 years before today (on 2026-12-07: 1900-01-01 to 2012-12-07)' },
    });
    expect(checkDateInRange(DATE_RANGES.birthDate, 'birthDate', '2012-12-07', TODAY)).toEqual({ ok: true, value: '2012-12-07' });
    expect(checkDateInRange(DATE_RANGES.evaluation, 'evaluatedOn', '2026-12-08', TODAY)).toMatchObject({ ok: false, error: { field: 'evaluatedOn' } });
    expect(checkDateInRange(DATE_RANGES.evaluation, 'evaluatedOn', TODAY, TODAY).ok).toBe(true);
    expect(checkDateInRange(DATE_RANGES.sessionDate, 'date', '2025-12-06', TODAY).ok).toBe(false);
    expect(checkDateInRange(DATE_RANGES.sessionDate, 'date', '2028-12-08', TODAY).ok).toBe(false);
    expect(checkDateInRange(DATE_RANGES.sessionDate, 'date', '2020-06-01', TODAY).ok).toBe(false);
  });
});
