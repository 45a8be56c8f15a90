import { addDays } from '@titrepro/domain-kernel';
import { RULE_DATES } from '../rule-dates';
import { RULE_IDS } from '../rule-id';
import { rulebooks } from '../rulebooks';

describe('the shipped rulebooks, one regime after another', () => {
  const books = rulebooks.listRulebooks();

  it('ship the seed and the seven later regimes, oldest first', () => {
    expect(books.map((book) => book.id)).toEqual(['seed-2009', 'tp-2016', 'vae-2017', 'cnc-2019', 'dreets-2021', 'tp-2022', 'vae-2024', 'vae-jury-2024']);
  });

  it('follow each other without a gap: each starts the day after the one before ends, the last is open', () => {
    books.slice(1).forEach((book, index) => {
      const previous = books[index];
      expect(previous?.validTo && addDays(previous.validTo, 1)).toBe(book.validFrom);
    });
    expect(books.at(-1)?.validTo).toBeNull();
  });

  it.each(books.map((book) => [book.id, book] as const))('%s implements every rule id under its own id, stated in French and English', (_id, book) => {
    expect(Object.keys(book.rules).sort()).toEqual([...RULE_IDS].sort());
    for (const id of RULE_IDS) {
      expect(book.rules[id].id).toBe(id);
      expect(book.rules[id].statement.fr).not.toHaveLength(0);
      expect(book.rules[id].statement.en).not.toHaveLength(0);
    }
  });

  it.each(books.slice(1).map((book) => [book.id, book] as const))('%s cites its texts and says what it changed, in French and English', (_id, book) => {
    expect(book.sources.length).toBeGreaterThan(0);
    expect(book.changes.length).toBeGreaterThan(0);
    for (const change of book.changes) expect([change.fr.length > 0, change.en.length > 0]).toEqual([true, true]);
  });

  it('says for every rule id which date chooses its rulebook, and why', () => {
    expect(Object.keys(RULE_DATES).sort()).toEqual([...RULE_IDS].sort());
    expect(RULE_DATES['VAE-EXPERIENCE'].date).toBe('request');
    expect(RULE_DATES['JURY-PROFESSIONALS'].date).toBe('session');
    expect(RULE_DATES['CAPITALISATION-WINDOW'].date).toBe('award');
  });
});
