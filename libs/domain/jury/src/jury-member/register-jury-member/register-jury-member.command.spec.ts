import { parseRegisterJuryMember } from './register-jury-member.command';

const input = (overrides: Record<string, unknown> = {}) => ({
  memberId: 'm-1',
  region: 'idf',
  titleCodes: ['TP-00495'],
  assessorId: 'a-trainer',
  familyName: ' Van-Oosterwijck ',
  givenNames: ['Philomène '],
  ...overrides,
});

describe('parseRegisterJuryMember', () => {
  it('yields a typed RegisterJuryMember, names trimmed', () => {
    expect(parseRegisterJuryMember(input())).toEqual({
      ok: true,
      value: {
        type: 'RegisterJuryMember',
        data: { memberId: 'm-1', region: 'idf', titleCodes: ['TP-00495'], assessorId: 'a-trainer', familyName: 'Van-Oosterwijck', givenNames: ['Philomène'] },
      },
    });
  });

  it('reads a member who is no assessor as assessorId null, whether absent or null', () => {
    const { assessorId: _left, ...withoutAssessor } = input();
    expect(parseRegisterJuryMember(withoutAssessor)).toMatchObject({ ok: true, value: { data: { assessorId: null } } });
    expect(parseRegisterJuryMember(input({ assessorId: null }))).toMatchObject({ ok: true, value: { data: { assessorId: null } } });
  });

  it.each([
    ['titleCodes', 'no title', { titleCodes: [] }],
    ['titleCodes', 'a title named twice', { titleCodes: ['TP-00495', 'TP-00495'] }],
    ['titleCodes[0]', 'a title code of another form', { titleCodes: ['TSGERI'] }],
    ['assessorId', 'an assessor id that is no identifier', { assessorId: 'a trainer' }],
    ['familyName', 'a NUL in the family name', { familyName: 'Van\u0000Oosterwijck' }],
    ['familyName', 'an empty family name', { familyName: '  ' }],
    ['givenNames', 'no given name', { givenNames: [] }],
    ['region', 'a region that is not a code', { region: 'Île-de-France' }],
    ['memberId', 'no member id', { memberId: undefined }],
    ['extra', 'a field the command does not have', { extra: true }],
  ])('refuses %s (%s), naming it', (field, _what, overrides) => {
    expect(parseRegisterJuryMember(input(overrides))).toMatchObject({ ok: false, error: { kind: 'invalid-input', field } });
  });
});
