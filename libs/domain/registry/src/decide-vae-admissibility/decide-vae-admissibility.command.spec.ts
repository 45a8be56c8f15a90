import { parseDecideVaeAdmissibility } from './decide-vae-admissibility.command';

const input = (overrides: Record<string, unknown> = {}) => ({ candidateId: 'c-1', actingRegion: 'idf', pathwayId: 'p-1', outcome: 'admissible', ...overrides });

describe('parseDecideVaeAdmissibility', () => {
  it('yields a typed "admissible" decision, with or without a note', () => {
    expect(parseDecideVaeAdmissibility(input())).toEqual({
      ok: true,
      value: { type: 'DecideVaeAdmissibility', data: { candidateId: 'c-1', actingRegion: 'idf', pathwayId: 'p-1', outcome: 'admissible' } },
    });
    expect(parseDecideVaeAdmissibility(input({ reason: 'Dossier complet.' }))).toMatchObject({ ok: true, value: { data: { reason: 'Dossier complet.' } } });
  });

  it('yields a "not admissible" decision with its reason, which may span several lines', () => {
    const reason = 'Expérience insuffisante :\n\t- 24 mois comptés ;\r\n\t- 36 requis.';
    expect(parseDecideVaeAdmissibility(input({ outcome: 'not-admissible', reason: `  ${reason}\n` }))).toEqual({
      ok: true,
      value: { type: 'DecideVaeAdmissibility', data: { candidateId: 'c-1', actingRegion: 'idf', pathwayId: 'p-1', outcome: 'not-admissible', reason } },
    });
  });

  it('refuses "not admissible" without a reason, naming reason', () => {
    expect(parseDecideVaeAdmissibility(input({ outcome: 'not-admissible' }))).toEqual({
      ok: false,
      error: { kind: 'invalid-input', field: 'reason', message: 'is required when the outcome is not-admissible' },
    });
  });

  it.each([
    ['a NUL', 'Moins de\u0000 trois ans'],
    ['an escape character', 'Moins de trois ans\u001b[31m'],
    ['a noncharacter', 'Moins de trois ans\uffff'],
  ])('refuses a reason holding %s, naming reason', (_what, reason) => {
    expect(parseDecideVaeAdmissibility(input({ outcome: 'not-admissible', reason }))).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: 'reason' } });
  });

  it.each([
    ['outcome', { outcome: 'maybe' }],
    ['reason', { outcome: 'not-admissible', reason: '   ' }],
    ['reason', { outcome: 'not-admissible', reason: 'x'.repeat(2001) }],
    ['pathwayId', { pathwayId: '' }],
    ['extra', { extra: true }],
  ])('refuses invalid input, naming the field %s', (field, overrides) => {
    expect(parseDecideVaeAdmissibility(input(overrides))).toMatchObject({ ok: false, error: { kind: 'invalid-input', field } });
  });
});
