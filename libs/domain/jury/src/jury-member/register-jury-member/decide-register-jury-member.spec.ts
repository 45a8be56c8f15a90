import { LAPSED_TITLE, MEMBER_NAME, memberRegistered, memberSpec, on, OTHER_TITLE, TSGERI } from '../../spec-support/jury-member-fixtures';
import type { RegisterJuryMember, RegisterJuryMemberData } from './register-jury-member.command';

const command = (overrides: Partial<RegisterJuryMemberData> = {}): RegisterJuryMember => ({
  type: 'RegisterJuryMember',
  data: {
    memberId: 'm-1',
    region: 'idf',
    titleCodes: [TSGERI, OTHER_TITLE],
    assessorId: 'a-trainer',
    familyName: MEMBER_NAME.familyName,
    givenNames: [...MEMBER_NAME.givenNames],
    ...overrides,
  },
});

describe('RegisterJuryMember (decider)', () => {
  it('registers a member, dated by the Paris day of the decision', () => {
    expect(memberSpec.given([]).when(command(), { now: new Date('2025-03-09T23:30:00Z') })).toEqual({
      ok: true,
      value: [
        {
          type: 'JuryMemberRegistered',
          data: {
            memberId: 'm-1',
            region: 'idf',
            titleCodes: [TSGERI, OTHER_TITLE],
            assessorId: 'a-trainer',
            registeredOn: '2025-03-10',
            familyName: MEMBER_NAME.familyName,
            givenNames: MEMBER_NAME.givenNames,
          },
        },
      ],
    });
  });

  it('registers a professional who is no assessor', () => {
    expect(memberSpec.given([]).when(command({ assessorId: null }), on('2025-03-10'))).toMatchObject({ ok: true, value: [{ data: { assessorId: null } }] });
  });

  it('leads to the facts sessions are decided on, without the name', () => {
    expect(memberSpec.given([memberRegistered({ assessorId: 'a-1' })]).state()).toEqual({
      status: 'registered',
      facts: { memberId: 'm-1', region: 'idf', titleCodes: [TSGERI], assessorId: 'a-1' },
      registeredOn: '2025-01-02',
    });
  });

  it('refuses a title the référentiel does not hold, naming it', () => {
    expect(memberSpec.given([]).when(command({ titleCodes: [TSGERI, 'TP-99999'] }), on('2025-03-10'))).toEqual({
      ok: false,
      error: { kind: 'not-found', entity: 'title', id: 'TP-99999', message: 'title TP-99999 does not exist' },
    });
  });

  it('refuses a title no longer in force on the day of registration, and accepts it while it was', () => {
    expect(memberSpec.given([]).when(command({ titleCodes: [LAPSED_TITLE] }), on('2021-01-01'))).toEqual({
      ok: false,
      error: { kind: 'conflict', message: `title ${LAPSED_TITLE} is not in force on 2021-01-01` },
    });
    expect(memberSpec.given([]).when(command({ titleCodes: [LAPSED_TITLE] }), on('2020-12-31'))).toMatchObject({ ok: true });
  });

  it('refuses to register a member twice', () => {
    expect(memberSpec.given([memberRegistered()]).when(command(), on('2025-03-10'))).toEqual({
      ok: false,
      error: { kind: 'conflict', message: 'jury member m-1 is already registered' },
    });
  });
});
