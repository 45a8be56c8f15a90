import { awardRecorded, ccpsAwarded, fileDependencies, fileSpec, homeRecorded, OTHER_TITLE, TSGERI, TSGERI_CCPS, windowClosed } from '../../spec-support/candidate-file-fixtures';
import { capitalisationDeadlines } from './capitalisation-deadlines';

const firstCcp = ccpsAwarded(['CCP1'], { decisionId: 'd-1', awardedOn: '2021-03-10' });
const deadlinesOn = (day: string, history = [homeRecorded(), firstCcp]) => capitalisationDeadlines(fileSpec.given(history).state(), day, fileDependencies);

describe('capitalisationDeadlines (view)', () => {
  it.each([
    ['the day before the fifth anniversary', '2026-03-09', false],
    ['on the fifth anniversary (last day, inclusive)', '2026-03-10', false],
    ['the day after', '2026-03-11', true],
  ])('%s: closed %s', (_when, day, closed) => {
    expect(deadlinesOn(day)).toEqual([{ titleCode: TSGERI, windowStart: '2021-03-10', windowEnd: '2026-03-10', closed, missingCcpCodes: ['CCP2', 'CCP3'] }]);
  });

  it('shows a window announced closed as closed', () => {
    expect(deadlinesOn('2026-03-10', [homeRecorded(), firstCcp, windowClosed()])).toMatchObject([{ closed: true }]);
  });

  it('lists one deadline per title being completed, none for a title held or complete', () => {
    const history = [
      homeRecorded(),
      firstCcp,
      ccpsAwarded(['CCP2'], { decisionId: 'd-2', titleCode: OTHER_TITLE, awardedOn: '2024-02-29' }),
      awardRecorded({ kind: 'title', ccpCodes: [...TSGERI_CCPS] }, { decisionId: 'd-3', awardedOn: '2025-06-20' }),
    ];
    expect(deadlinesOn('2025-07-01', history)).toEqual([{ titleCode: OTHER_TITLE, windowStart: '2024-02-29', windowEnd: '2029-02-28', closed: false, missingCcpCodes: ['CCP1', 'CCP3'] }]);
  });

  it('is empty while no CCP is held', () => {
    expect(deadlinesOn('2025-07-01', [homeRecorded()])).toEqual([]);
  });
});
