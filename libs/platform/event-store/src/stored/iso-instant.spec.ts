import fc from 'fast-check';
import { isIsoInstant } from './iso-instant';

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

describe('isIsoInstant', () => {
  it('accepts every instant a Date writes', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }), (date) => {
        expect(isIsoInstant(date.toISOString())).toBe(true);
      }),
    );
  });

  it('accepts a calendar day exactly when the calendar has it (leap years included)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
        const probe = new Date(Date.UTC(2000, month - 1, day));
        probe.setUTCFullYear(year);
        const exists = probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
        expect(isIsoInstant(`${pad(year, 4)}-${pad(month)}-${pad(day)}T12:00:00Z`)).toBe(exists);
      }),
    );
  });
});
