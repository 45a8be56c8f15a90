import { measureExperience, mergeRanges } from './experience-months';

describe('measureExperience', () => {
  const on = '2030-12-31';

  it.each([
    ['2021-01-01', '2023-12-31', 36],
    ['2021-01-01', '2023-11-30', 35],
    ['2021-01-01', '2024-01-31', 37],
    ['2021-01-15', '2021-02-14', 1],
    ['2021-01-15', '2021-02-13', 0],
    ['2021-01-31', '2021-02-26', 0],
    ['2021-01-31', '2021-02-27', 1],
    ['2020-02-29', '2023-02-26', 35],
    ['2020-02-29', '2023-02-27', 36],
    ['2023-01-01', '2025-12-30', 35],
  ])('counts %s → %s as %i whole calendar months', (start, end, months) => {
    expect(measureExperience([{ start, end }], on).months).toBe(months);
  });

  it('counts overlapping days once', () => {
    const measure = measureExperience(
      [
        { start: '2021-01-01', end: '2022-12-31' },
        { start: '2022-01-01', end: '2023-11-30' },
      ],
      on,
    );
    expect(measure.months).toBe(35);
    expect(measure.merged).toEqual([{ start: '2021-01-01', end: '2023-11-30' }]);
  });

  it('joins adjacent periods into one range', () => {
    expect(mergeRanges([
      { start: '2021-07-01', end: '2021-12-31' },
      { start: '2021-01-01', end: '2021-06-30' },
    ])).toEqual([{ start: '2021-01-01', end: '2021-12-31' }]);
  });

  it('lays separate periods end to end, leaving out the gap between them', () => {
    // 2019-01-01 → 2020-06-30 is 547 days; 2021-01-01 → 2022-06-30 is 546: 1093 days from 2019-01-01
    // reach 2021-12-28, short of 2022-01-01 (36 months) by 3 days.
    const measure = measureExperience(
      [
        { start: '2019-01-01', end: '2020-06-30' },
        { start: '2021-01-01', end: '2022-06-30' },
      ],
      on,
    );
    expect(measure).toMatchObject({ months: 35, coveredDays: 1093 });
    const threeDaysMore = measureExperience(
      [
        { start: '2019-01-01', end: '2020-06-30' },
        { start: '2021-01-01', end: '2022-07-03' },
      ],
      on,
    );
    expect(threeDaysMore).toMatchObject({ months: 36, coveredDays: 1096 });
  });

  it('does not count days after the decision date', () => {
    expect(measureExperience([{ start: '2023-01-01', end: '2026-12-31' }], '2025-12-31').months).toBe(36);
    expect(measureExperience([{ start: '2023-01-01', end: '2026-12-31' }], '2025-12-30').months).toBe(35);
    expect(measureExperience([{ start: '2026-01-01', end: '2026-12-31' }], '2025-12-31')).toMatchObject({ months: 0, coveredDays: 0 });
  });

  it('counts covered days', () => {
    expect(measureExperience([{ start: '2024-01-01', end: '2024-12-31' }], on).coveredDays).toBe(366);
  });
});
