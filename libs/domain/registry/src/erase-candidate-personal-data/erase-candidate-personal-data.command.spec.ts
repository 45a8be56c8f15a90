import { parseEraseCandidatePersonalData } from './erase-candidate-personal-data.command';

describe('parseEraseCandidatePersonalData', () => {
  it('yields a typed EraseCandidatePersonalData', () => {
    expect(parseEraseCandidatePersonalData({ candidateId: 'c-1', actingRegion: 'idf' })).toEqual({
      ok: true,
      value: { type: 'EraseCandidatePersonalData', data: { candidateId: 'c-1', actingRegion: 'idf' } },
    });
  });

  it.each([
    ['candidateId', { actingRegion: 'idf' }],
    ['reason', { candidateId: 'c-1', actingRegion: 'idf', reason: 'asked by phone' }],
  ])('refuses invalid input, naming the field %s', (field, input) => {
    expect(parseEraseCandidatePersonalData(input)).toMatchObject({ ok: false, error: { kind: 'invalid-input', field } });
  });
});
