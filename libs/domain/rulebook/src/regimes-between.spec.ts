import { regimesBetween } from './regimes-between';
import { rulebooks } from './rulebooks';

describe('regimesBetween', () => {
  const ids = (from: string, to: string | null) => regimesBetween(rulebooks, from, to).map(({ rulebook, from: start, to: end }) => `${rulebook.id} ${start}→${end ?? ''}`);

  it('gives each rulebook its days within an open period, starting no earlier than the first rulebook', () => {
    expect(ids('2003-12-09', null).slice(0, 2)).toEqual(['seed-2009 2009-03-20→2016-05-31', 'tp-2016 2016-06-01→2017-09-30']);
    expect(ids('2003-12-09', null).at(-1)).toBe('vae-jury-2024 2024-04-13→');
  });

  it('clips a closed period at both ends', () => {
    expect(ids('2019-06-01', '2021-06-30')).toEqual(['cnc-2019 2019-06-01→2021-03-31', 'dreets-2021 2021-04-01→2021-06-30']);
  });

  it('answers nothing for a period before the first rulebook', () => {
    expect(ids('2001-01-01', '2002-12-31')).toEqual([]);
  });
});
