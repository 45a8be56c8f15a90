import { parseRegisterCandidate } from './register-candidate.command';

const input = (overrides: Record<string, unknown> = {}) => ({
  candidateId: 'c-1',
  region: 'idf',
  familyName: ' Martin ',
  givenNames: [' Camille', 'Louise '],
  birthDate: '1990-04-12',
  contact: { email: 'camille.martin@example.org', phone: '+33 6 12 34 56 78' },
  ...overrides,
});

describe('parseRegisterCandidate', () => {
  it('yields a typed RegisterCandidate, names trimmed', () => {
    expect(parseRegisterCandidate(input())).toEqual({
      ok: true,
      value: {
        type: 'RegisterCandidate',
        data: {
          candidateId: 'c-1',
          region: 'idf',
          familyName: 'Martin',
          givenNames: ['Camille', 'Louise'],
          birthDate: '1990-04-12',
          contact: { email: 'camille.martin@example.org', phone: '+33 6 12 34 56 78' },
        },
      },
    });
  });

  it('accepts names in any script, with accents, apostrophes and hyphens', () => {
    expect(parseRegisterCandidate(input({ familyName: "N'Diaye-Nguyễn", givenNames: ['Ōtsuka 大塚', 'Zoë'] })).ok).toBe(true);
  });

  it('refuses a family name holding a NUL, naming familyName', () => {
    expect(parseRegisterCandidate(input({ familyName: 'A\u0000B' }))).toEqual({
      ok: false,
      error: { kind: 'invalid-input', field: 'familyName', message: 'must not contain control characters (U+0000 at position 2)' },
    });
  });

  it.each([
    ['familyName', 'a C0 control', { familyName: 'Mar\u001btin' }],
    ['familyName', 'a C1 control', { familyName: 'Mar\u0085tin' }],
    ['familyName', 'a line break', { familyName: 'Mar\ntin' }],
    ['familyName', 'an unpaired surrogate', { familyName: 'Mar\ud800tin' }],
    ['familyName', 'a noncharacter', { familyName: 'Martin\ufffe' }],
    ['givenNames[1]', 'a NUL', { givenNames: ['Camille', 'Lou\u0000ise'] }],
    ['contact.postalAddress', 'a control character', { contact: { postalAddress: '1 rue de la Paix\u0007' } }],
  ])('refuses %s holding %s, naming it', (field, _what, overrides) => {
    expect(parseRegisterCandidate(input(overrides))).toMatchObject({ ok: false, error: { kind: 'invalid-input', field } });
  });

  it.each([
    ['birthDate', { birthDate: '1990-02-30' }],
    ['birthDate', { birthDate: '1800-01-01' }],
    ['birthDate', { birthDate: '2023-02-29' }],
    ['birthDate', { birthDate: '12/04/1990' }],
    ['familyName', { familyName: '  ' }],
    ['familyName', { familyName: 'x'.repeat(201) }],
    ['givenNames', { givenNames: [] }],
    ['givenNames[1]', { givenNames: ['Camille', ''] }],
    ['region', { region: 'Île-de-France' }],
    ['candidateId', { candidateId: 'c 1' }],
    ['contact', { contact: {} }],
    ['contact.email', { contact: { email: 'not-an-email' } }],
    ['contact.phone', { contact: { phone: 'call me' } }],
    ['extra', { extra: true }],
  ])('refuses invalid input, naming the field %s', (field, overrides) => {
    expect(parseRegisterCandidate(input(overrides))).toMatchObject({ ok: false, error: { kind: 'invalid-input', field } });
  });

  it('refuses input that is not an object', () => {
    expect(parseRegisterCandidate('Martin')).toMatchObject({ ok: false, error: { kind: 'invalid-input', field: '(input)' } });
  });
});
