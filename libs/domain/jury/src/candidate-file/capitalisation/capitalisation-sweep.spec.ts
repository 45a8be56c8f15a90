import { addYears, isAfter } from '@titrepro/domain-kernel';
import { createReferential, findTitle } from '@titrepro/domain-referential';
import { createRulebookCatalogue, fails, passes, rulebooks, SEED_2009, type RuleDefinition } from '@titrepro/domain-rulebook';
import { ccpsAwarded, fileDependencies, fileReferential, fileSpec, homeRecorded, TSGERI } from '../../spec-support/candidate-file-fixtures';
import { capitalisationDeadlines } from './capitalisation-deadlines';
import { capitalisationSweepSelection } from './capitalisation-sweep';

/** A regime that would give three years: the sweep must follow it, not a number of its own. */
const threeYears: RuleDefinition<'CAPITALISATION-WINDOW'> = {
  id: 'CAPITALISATION-WINDOW',
  statement: { fr: 'Trois ans.', en: 'Three years.' },
  evaluate: ({ ccpsObtained, on }) => {
    const windowStart = ccpsObtained.map((ccp) => ccp.obtainedOn).sort()[0] ?? null;
    const windowEnd = addYears(windowStart ?? on, 3);
    return isAfter(on, windowEnd) ? fails('clos', 'closed', { windowStart, windowEnd }) : passes('ouvert', 'open', { windowStart, windowEnd });
  },
};
const threeYearRulebooks = createRulebookCatalogue([{ ...SEED_2009, id: 'three-years', validTo: null, rules: { ...SEED_2009.rules, 'CAPITALISATION-WINDOW': threeYears } }]);

const tsgeri = findTitle(TSGERI);
if (!tsgeri) throw new Error('TSGERI must be shipped');
const referential = createReferential([
  { source: 'tsgeri', data: tsgeri },
  { source: 'ended', data: { ...tsgeri, code: 'TP-09999', validFrom: '2015-01-01', validTo: '2024-12-31' } },
]);

describe('capitalisationSweepSelection (which files the sweep asks)', () => {
  it("reads the period from the rulebook in force that day (the seed's five years)", () => {
    expect(capitalisationSweepSelection('2012-03-11', { rulebooks, referential })).toEqual({ rulebookId: 'seed-2009', firstCcpObtainedBy: '2007-03-10', titlesEnded: [] });
  });

  it('follows a rulebook with another period: no number of its own', () => {
    expect(capitalisationSweepSelection('2012-03-11', { rulebooks: threeYearRulebooks, referential })).toMatchObject({ rulebookId: 'three-years', firstCcpObtainedBy: '2009-03-10' });
  });

  it('selects exactly the first CCPs whose window the file itself sees ended, around the anniversary', () => {
    for (const today of ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12']) {
      const selection = capitalisationSweepSelection(today, { rulebooks: fileDependencies.rulebooks, referential: fileReferential });
      const deadlines = capitalisationDeadlines(fileSpec.given([homeRecorded(), ccpsAwarded(['CCP1'], { decisionId: 'd-1', awardedOn: '2021-03-10' })]).state(), today, fileDependencies);
      const selected = selection?.firstCcpObtainedBy !== null && selection?.firstCcpObtainedBy !== undefined && selection.firstCcpObtainedBy >= '2021-03-10';
      expect({ today, selected }).toEqual({ today, selected: deadlines[0]?.closed ?? false });
    }
  });

  it('since 2016, selects no first CCP by its age (CCPs count as long as the title exists), but the titles that ended', () => {
    expect(capitalisationSweepSelection('2025-06-01', { rulebooks, referential })).toEqual({ rulebookId: rulebooks.rulebookInForceAt('2025-06-01')?.id, firstCcpObtainedBy: null, titlesEnded: ['TP-09999'] });
    expect(capitalisationSweepSelection('2024-12-31', { rulebooks, referential })?.titlesEnded).toEqual([]);
  });

  it('selects nothing on a day no rulebook governs', () => {
    expect(capitalisationSweepSelection('1990-01-01', { rulebooks, referential })).toBeUndefined();
  });
});
