import { documentInstant, formatFrenchDate } from './french-date';

describe('formatFrenchDate', () => {
  it.each([
    ['2024-03-01', '1er mars 2024'],
    ['2024-03-12', '12 mars 2024'],
    ['2023-08-15', '15 août 2023'],
    ['2022-02-28', '28 février 2022'],
    ['2021-12-31', '31 décembre 2021'],
  ])('writes %s as "%s"', (date, french) => {
    expect(formatFrenchDate(date)).toBe(french);
  });

  it('refuses what is not a calendar date', () => {
    expect(() => formatFrenchDate('2024-02-30')).toThrow(RangeError);
  });
});

describe('documentInstant', () => {
  it('is noon UTC of the date, which is the same day in Europe/Paris', () => {
    const instant = documentInstant('2024-03-31');
    expect(instant.toISOString()).toBe('2024-03-31T12:00:00.000Z');
    expect(instant.toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' })).toBe('31/03/2024');
  });
});
