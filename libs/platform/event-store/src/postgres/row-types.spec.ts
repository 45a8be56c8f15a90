import fc from 'fast-check';
import { types } from 'pg';
import { parseTimestamptz } from './row-types';

const pgParser = types.getTypeParser(1184, 'text') as (text: string) => unknown;
const fast = parseTimestamptz(pgParser);
const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** What PostgreSQL writes for a timestamptz (DateStyle ISO), in UTC or at an offset. */
const timestamptzText = fc
  .record({
    year: fc.integer({ min: 1, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
    fraction: fc.option(fc.stringMatching(/^\d{1,6}$/), { nil: undefined }),
    zone: fc.constantFrom('+00', '+02', '-03:30', '+05:45'),
  })
  .map(({ year, month, day, hour, minute, second, fraction, zone }) => `${pad(year, 4)}-${pad(month)}-${pad(day)} ${pad(hour)}:${pad(minute)}:${pad(second)}${fraction === undefined ? '' : `.${fraction}`}${zone}`);

describe('parseTimestamptz', () => {
  it('gives the same instant as pg’s own parser for whatever PostgreSQL writes', () => {
    fc.assert(
      fc.property(timestamptzText, (text) => {
        expect((fast(text) as Date).getTime()).toBe((pgParser(text) as Date).getTime());
      }),
      { numRuns: 2_000 },
    );
  });

  it('reads every millisecond as pg’s parser does (a float times 1000, truncated)', () => {
    for (let ms = 0; ms < 1000; ms += 1) {
      for (const text of [`2026-12-07 23:45:01.${pad(ms, 3)}+00`, `2026-12-07 23:45:01.${pad(ms, 3)}999+00`]) {
        expect((fast(text) as Date).getTime()).toBe((pgParser(text) as Date).getTime());
      }
    }
  });

  it('leaves to pg’s parser what it does not read itself (infinity, BC, a malformed value)', () => {
    for (const text of ['infinity', '-infinity', '2026-12-07 23:45:01+00 BC', '2026-12-07T23:45:01+00', '0099-01-01 00:00:00+00']) {
      expect(String(fast(text))).toBe(String(pgParser(text)));
    }
  });
});
