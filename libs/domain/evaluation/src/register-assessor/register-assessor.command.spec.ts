import { parseRegisterAssessor } from './register-assessor.command';

const input = (overrides: Record<string, unknown> = {}) => ({
  assessorId: 'a-1',
  region: 'idf',
  kind: 'trainer',
  specialtyTitleCode: 'TP-00495',
  qualifiedTitleCodes: ['TP-00495'],
  familyName: ' Lefèvre ',
  givenNames: ['Agnès '],
  ...overrides,
});

describe('parseRegisterAssessor', () => {
  it('yields a typed RegisterAssessor for a trainer, names trimmed', () => {
    expect(parseRegisterAssessor(input())).toEqual({
      ok: true,
      value: {
        type: 'RegisterAssessor',
        data: {
          assessorId: 'a-1',
          region: 'idf',
          kind: 'trainer',
          specialtyTitleCode: 'TP-00495',
          qualifiedTitleCodes: ['TP-00495'],
          familyName: 'Lefèvre',
          givenNames: ['Agnès'],
        },
      },
    });
  });

  it('reads a professional without a specialty as specialtyTitleCode null, whether absent or null', () => {
    const { specialtyTitleCode: _left, ...withoutSpecialty } = input({ kind: 'professional' });
    expect(parseRegisterAssessor(withoutSpecialty)).toMatchObject({ ok: true, value: { data: { kind: 'professional', specialtyTitleCode: null } } });
    expect(parseRegisterAssessor(input({ kind: 'professional', specialtyTitleCode: null }))).toMatchObject({ ok: true, value: { data: { specialtyTitleCode: null } } });
  });

  it('refuses a trainer without a specialty, naming specialtyTitleCode', () => {
    expect(parseRegisterAssessor(input({ specialtyTitleCode: undefined }))).toEqual({
      ok: false,
      error: { kind: 'invalid-input', field: 'specialtyTitleCode', message: 'is required for a trainer' },
    });
  });

  it('refuses a professional with a specialty, naming specialtyTitleCode', () => {
    expect(parseRegisterAssessor(input({ kind: 'professional' }))).toEqual({
      ok: false,
      error: { kind: 'invalid-input', field: 'specialtyTitleCode', message: 'must be absent for a professional' },
    });
  });

  it.each([
    ['qualifiedTitleCodes', 'no qualification', { qualifiedTitleCodes: [] }],
    ['qualifiedTitleCodes', 'a title named twice', { qualifiedTitleCodes: ['TP-00495', 'TP-00495'] }],
    ['qualifiedTitleCodes[0]', 'a title code of another form', { qualifiedTitleCodes: ['TSGERI'] }],
    ['kind', 'an unknown kind', { kind: 'jury-member' }],
    ['familyName', 'a NUL in the family name', { familyName: 'Le\u0000fèvre' }],
    ['givenNames', 'no given name', { givenNames: [] }],
    ['region', 'a region that is not a code', { region: 'Île-de-France' }],
    ['extra', 'a field the command does not have', { extra: true }],
  ])('refuses %s (%s), naming it', (field, _what, overrides) => {
    expect(parseRegisterAssessor(input(overrides))).toMatchObject({ ok: false, error: { kind: 'invalid-input', field } });
  });
});
