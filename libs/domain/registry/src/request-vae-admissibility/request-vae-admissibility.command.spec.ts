import { parseRequestVaeAdmissibility } from './request-vae-admissibility.command';

const period = (overrides: Record<string, unknown> = {}) => ({
  organisation: ' Hôpital Nord ',
  role: 'Technicien d’exploitation',
  start: '2019-01-01',
  end: '2021-12-31',
  capacity: 'employee',
  relatedToTitle: true,
  ...overrides,
});
const input = (experiencePeriods: readonly unknown[]) => ({ candidateId: 'c-1', actingRegion: 'idf', pathwayId: 'p-1', experiencePeriods });

describe('parseRequestVaeAdmissibility', () => {
  it('yields a typed RequestVaeAdmissibility, texts trimmed', () => {
    expect(parseRequestVaeAdmissibility(input([period()]))).toEqual({
      ok: true,
      value: {
        type: 'RequestVaeAdmissibility',
        data: {
          candidateId: 'c-1',
          actingRegion: 'idf',
          pathwayId: 'p-1',
          experiencePeriods: [
            { organisation: 'Hôpital Nord', role: 'Technicien d’exploitation', start: '2019-01-01', end: '2021-12-31', capacity: 'employee', relatedToTitle: true },
          ],
        },
      },
    });
  });

  it('refuses a period that ends before it starts, naming the field', () => {
    expect(parseRequestVaeAdmissibility(input([period(), period({ start: '2022-05-01', end: '2022-04-30' })]))).toEqual({
      ok: false,
      error: { kind: 'invalid-input', field: 'experiencePeriods[1].end', message: 'must not be before start (2022-05-01)' },
    });
  });

  it('accepts a one-day period (both ends inclusive)', () => {
    expect(parseRequestVaeAdmissibility(input([period({ start: '2022-05-01', end: '2022-05-01' })])).ok).toBe(true);
  });

  it.each([
    ['experiencePeriods[0].organisation', 'a NUL', { organisation: 'Hôpital\u0000Nord' }],
    ['experiencePeriods[0].role', 'a tab', { role: 'Technicien\td’exploitation' }],
    ['experiencePeriods[0].role', 'an unpaired surrogate', { role: 'Technicien\udc00' }],
  ])('refuses %s holding %s, naming it', (field, _what, overrides) => {
    expect(parseRequestVaeAdmissibility(input([period(overrides)]))).toMatchObject({ ok: false, error: { kind: 'invalid-input', field } });
  });

  it.each([
    ['experiencePeriods[0].start', [period({ start: '2023-02-30' })]],
    ['experiencePeriods[0].end', [period({ end: '2023-13-01' })]],
    ['experiencePeriods[0].capacity', [period({ capacity: 'freelance' })]],
    ['experiencePeriods[0].relatedToTitle', [period({ relatedToTitle: 'yes' })]],
    ['experiencePeriods[0].organisation', [period({ organisation: '' })]],
    ['experiencePeriods', []],
  ])('refuses impossible or missing data, naming %s', (field, periods) => {
    expect(parseRequestVaeAdmissibility(input(periods))).toMatchObject({ ok: false, error: { kind: 'invalid-input', field } });
  });
});
