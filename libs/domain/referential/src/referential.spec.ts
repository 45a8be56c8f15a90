import tsgeriV1 from '../data/tsgeri.v1.json';
import { createReferential, ReferentialError } from './referential';

const version = (overrides: Record<string, unknown>) => ({ ...tsgeriV1, ...overrides });

const problemsOf = (files: { source: string; data: unknown }[]): readonly string[] => {
  try {
    createReferential(files);
  } catch (error) {
    if (error instanceof ReferentialError) return error.problems;
    throw error;
  }
  throw new Error('expected the referential to be refused');
};

describe('createReferential', () => {
  const v1 = version({ version: 1, validFrom: '2003-12-09', validTo: '2019-12-31' });
  const v2 = version({ version: 2, validFrom: '2020-01-01', validTo: null, ccss: [{ code: 'CCS1', label: 'Spécialisation', competences: ['Faire.'] }] });

  it('answers the version in force at a date, up to and including validTo', () => {
    const referential = createReferential([
      { source: 'v2', data: v2 },
      { source: 'v1', data: v1 },
    ]);
    expect(referential.titleValidAt('TP-00495', '2019-12-31')?.version).toBe(1);
    expect(referential.titleValidAt('TP-00495', '2020-01-01')?.version).toBe(2);
    expect(referential.titleVersions('TP-00495').map((title) => title.version)).toEqual([1, 2]);
  });

  it('lists one entry per title, its latest version, with its CCSs', () => {
    const referential = createReferential([
      { source: 'v1', data: v1 },
      { source: 'v2', data: v2 },
    ]);
    expect(referential.listTitles()).toHaveLength(1);
    expect(referential.findTitle('TP-00495')?.ccss.map((ccs) => ccs.code)).toEqual(['CCS1']);
  });

  it('refuses a title that is no longer valid: answers undefined after validTo', () => {
    const referential = createReferential([{ source: 'v1', data: v1 }]);
    expect(referential.titleValidAt('TP-00495', '2020-01-01')).toBeUndefined();
  });

  it('refuses two versions of a title valid on the same day', () => {
    expect(problemsOf([
      { source: 'v1', data: version({ validTo: '2020-01-01' }) },
      { source: 'v2', data: v2 },
    ])).toEqual(['TP-00495: versions 1 and 2 overlap in validity']);
  });

  it('refuses a version defined twice', () => {
    expect(problemsOf([
      { source: 'a', data: v1 },
      { source: 'b', data: v1 },
    ])).toEqual(['TP-00495: version 1 is defined twice']);
  });

  it('refuses malformed data, naming the file and the field', () => {
    const problems = problemsOf([
      {
        source: 'broken.json',
        data: version({
          validFrom: '2025-02-30',
          validTo: '2026-01-01',
          nsf: 'x',
          ccps: [{ code: 'CCP1', label: 'A', competences: [] }],
          extra: true,
        }),
      },
    ]);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^broken\.json: validFrom: must be a calendar date/),
        expect.stringMatching(/^broken\.json: nsf: /),
        expect.stringMatching(/^broken\.json: ccps\[0\]\.competences: /),
        expect.stringMatching(/^broken\.json: \(root\): .*extra/),
      ]),
    );
  });

  it('refuses validTo before validFrom, and duplicate CCP codes', () => {
    const problems = problemsOf([
      {
        source: 'bad.json',
        data: version({
          validTo: '2003-12-08',
          ccps: [
            { code: 'CCP1', label: 'A', competences: ['a.'] },
            { code: 'CCP1', label: 'B', competences: ['b.'] },
          ],
        }),
      },
    ]);
    expect(problems).toEqual(expect.arrayContaining(['bad.json: ccps: CCP codes must be unique']));
    const dates = problemsOf([{ source: 'bad.json', data: version({ validTo: '2003-12-08' }) }]);
    expect(dates).toEqual(['bad.json: validTo: must not be before validFrom']);
  });
});
