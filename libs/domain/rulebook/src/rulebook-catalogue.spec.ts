import { createRulebookCatalogue } from './rulebook-catalogue';
import type { Rulebook } from './rulebook';
import { findRulebook, rulebookInForceAt } from './rulebooks';
import { SEED_2009 } from './seed-2009/seed-2009.rulebook';
import { createVaeExperienceRule } from './shared-rules/vae-experience.rule';

describe('rulebook selection by decision date', () => {
  it('has no rulebook before seed-2009 starts, on 2009-03-20', () => {
    expect(rulebookInForceAt('2009-03-19')).toBeUndefined();
    expect(rulebookInForceAt('2009-03-20')?.id).toBe('seed-2009');
    expect(rulebookInForceAt('2016-05-31')?.id).toBe('seed-2009');
  });

  it('finds a rulebook by id, for re-running recorded decisions', () => {
    expect(findRulebook('seed-2009')).toBe(SEED_2009);
    expect(findRulebook('nope')).toBeUndefined();
  });

  describe('with a later regime added as data and functions', () => {
    const openSeed: Rulebook = { ...SEED_2009, validTo: null };
    const closedSeed: Rulebook = { ...SEED_2009, validTo: '2016-12-31' };
    const later: Rulebook = {
      ...SEED_2009,
      id: 'test-2017',
      validFrom: '2017-01-01',
      validTo: null,
      rules: { ...SEED_2009.rules, 'VAE-EXPERIENCE': createVaeExperienceRule(12) },
    };
    const catalogue = createRulebookCatalogue([later, closedSeed]);

    it('selects the rulebook whose dates cover the decision date, boundaries included', () => {
      expect(catalogue.rulebookInForceAt('2016-12-31')?.id).toBe('seed-2009');
      expect(catalogue.rulebookInForceAt('2017-01-01')?.id).toBe('test-2017');
      expect(catalogue.listRulebooks().map((rulebook) => rulebook.id)).toEqual(['seed-2009', 'test-2017']);
    });

    it('refuses overlapping rulebooks', () => {
      expect(() => createRulebookCatalogue([openSeed, later])).toThrow('rulebooks seed-2009 and test-2017 overlap');
    });

    it('refuses a rulebook defined twice', () => {
      expect(() => createRulebookCatalogue([closedSeed, { ...closedSeed, validFrom: '2017-01-01', validTo: null }])).toThrow(
        'rulebook seed-2009 is defined twice',
      );
    });
  });
});
