import { parseOpenPathway } from './open-pathway.command';

const input = (overrides: Record<string, unknown> = {}) => ({
  candidateId: 'c-1',
  actingRegion: 'idf',
  pathwayId: 'p-1',
  titleCode: 'TP-00495',
  pathwayType: 'vae',
  ...overrides,
});

describe('parseOpenPathway', () => {
  it('yields a typed OpenPathway', () => {
    expect(parseOpenPathway(input())).toEqual({
      ok: true,
      value: { type: 'OpenPathway', data: { candidateId: 'c-1', actingRegion: 'idf', pathwayId: 'p-1', titleCode: 'TP-00495', pathwayType: 'vae' } },
    });
  });

  it.each([
    ['pathwayType', 'an unknown pathway type', { pathwayType: 'apprenticeship' }],
    ['titleCode', 'a title code of another form', { titleCode: 'TSGERI' }],
    ['pathwayId', 'a pathway id with a NUL', { pathwayId: 'p\u00001' }],
    ['actingRegion', 'a missing acting region', { actingRegion: undefined }],
    ['extra', 'a field the command does not have', { extra: 1 }],
  ])('refuses %s (%s), naming it', (field, _what, overrides) => {
    expect(parseOpenPathway(input(overrides))).toMatchObject({ ok: false, error: { kind: 'invalid-input', field } });
  });
});
