import { parseWithdrawPathway } from './withdraw-pathway.command';

describe('parseWithdrawPathway', () => {
  it('yields a typed WithdrawPathway', () => {
    expect(parseWithdrawPathway({ candidateId: 'c-1', actingRegion: 'idf', pathwayId: 'p-1' })).toEqual({
      ok: true,
      value: { type: 'WithdrawPathway', data: { candidateId: 'c-1', actingRegion: 'idf', pathwayId: 'p-1' } },
    });
  });

  it.each([
    ['pathwayId', { candidateId: 'c-1', actingRegion: 'idf' }],
    ['pathwayId', { candidateId: 'c-1', actingRegion: 'idf', pathwayId: 'p/1' }],
    ['actingRegion', { candidateId: 'c-1', actingRegion: 'IDF', pathwayId: 'p-1' }],
  ])('refuses invalid input, naming the field %s', (field, input) => {
    expect(parseWithdrawPathway(input)).toMatchObject({ ok: false, error: { kind: 'invalid-input', field } });
  });
});
