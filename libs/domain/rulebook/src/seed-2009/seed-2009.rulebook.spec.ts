import { RULE_IDS } from '../rule-id';
import { SEED_2009 } from './seed-2009.rulebook';

describe('rulebook seed-2009', () => {
  it('implements every rule id of DOMAIN.md, each under its own id', () => {
    expect(Object.keys(SEED_2009.rules).sort()).toEqual([...RULE_IDS].sort());
    for (const id of RULE_IDS) expect(SEED_2009.rules[id].id).toBe(id);
  });

  it('states every rule in French and in English', () => {
    for (const id of RULE_IDS) {
      expect(SEED_2009.rules[id].statement.fr).not.toHaveLength(0);
      expect(SEED_2009.rules[id].statement.en).not.toHaveLength(0);
    }
  });
});
