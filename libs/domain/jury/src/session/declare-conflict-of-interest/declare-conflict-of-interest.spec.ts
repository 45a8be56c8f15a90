import { aFile, BEFORE, constitute, convene, deliberate, errorOf, M1, M2, member, play, schedule, SESSION_DAY, spec, TITLE_AWARDED } from '../../spec-support/session-fixtures';
import type { SessionCommand } from '../session.command';
import { declareConflictOfInterestCommand } from './declare-conflict-of-interest.command';

const declare = (memberId = 'm-2', candidateId = 'c-1', reason = 'Le candidat est mon beau-frère.'): SessionCommand => ({
  type: 'DeclareConflictOfInterest',
  data: { sessionId: 's-1', memberId, candidateId, reason },
});
const M3 = member('m-3');
const named = () => play([[schedule(), BEFORE], [constitute([M1, M2]), BEFORE]]);
const convened = () => play([[convene(aFile()), BEFORE]], named());

describe('DeclareConflictOfInterest (decider)', () => {
  it('records the declaration of a member of the jury, with a candidate convened or not yet', () => {
    expect(spec.given(named()).when(declare(), BEFORE)).toEqual({
      ok: true,
      value: [{ type: 'ConflictOfInterestDeclared', data: { sessionId: 's-1', memberId: 'm-2', candidateId: 'c-1', reason: 'Le candidat est mon beau-frère.', declaredOn: '2025-06-02' } }],
    });
    expect(spec.given(convened()).when(declare(), BEFORE)).toMatchObject({ ok: true });
    expect(spec.given(play([[declare(), BEFORE]], named())).state()).toMatchObject({ conflicts: [{ memberId: 'm-2', candidateId: 'c-1', declaredOn: '2025-06-02' }] });
  });

  it('refuses a member who does not sit on the jury, the same declaration twice, and one after the jury decided', () => {
    expect(errorOf(spec.given(named()).when(declare('m-9'), BEFORE))).toMatchObject({ kind: 'forbidden' });
    expect(errorOf(spec.given(play([[declare(), BEFORE]], named())).when(declare(), BEFORE))).toEqual({
      kind: 'conflict',
      message: 'member m-2 already declared a conflict of interest with candidate c-1 on 2025-06-02',
    });
    const decided = play([[deliberate(TITLE_AWARDED), SESSION_DAY]], convened());
    expect(errorOf(spec.given(decided).when(declare(), SESSION_DAY))).toMatchObject({ kind: 'conflict', message: expect.stringContaining('already decided for candidate c-1 (decision d-c-1)') });
  });

  describe('JURY-PROFESSIONALS then keeps the member off that candidate’s jury', () => {
    const refusal = { kind: 'rule-violation', ruleId: 'JURY-PROFESSIONALS', message: 'JURY-PROFESSIONALS: Member(s) who declared a conflict of interest with the candidate: m-2.' };

    it('refuses convening the candidate while the member sits, not another candidate', () => {
      const declared = play([[declare(), BEFORE]], named());
      expect(errorOf(spec.given(declared).when(convene(aFile()), BEFORE))).toMatchObject(refusal);
      expect(spec.given(declared).when(convene(aFile({ candidateId: 'c-2' })), BEFORE)).toMatchObject({ ok: true });
    });

    it('refuses naming a jury with the member once the candidate is convened; a jury without them is named', () => {
      const declared = play([[declare(), BEFORE]], convened());
      expect(errorOf(spec.given(declared).when(constitute([M1, M2], [aFile()]), BEFORE))).toMatchObject(refusal);
      const renamed = spec.given(declared).when(constitute([M1, M3], [aFile()]), BEFORE);
      expect(renamed).toMatchObject({ ok: true, value: [{ type: 'JuryConstituted', data: { ruleApplications: [{ ruleId: 'JURY-PROFESSIONALS', subject: 'c-1', passed: true }] } }] });
    });

    it('refuses the deliberation for the candidate while the member sits; with the jury named again without them, it is recorded', () => {
      const declared = play([[declare(), BEFORE]], convened());
      expect(errorOf(spec.given(declared).when(deliberate(TITLE_AWARDED), SESSION_DAY))).toMatchObject(refusal);
      const renamed = play([[constitute([M1, M3], [aFile()]), BEFORE]], declared);
      expect(spec.given(renamed).when(deliberate(TITLE_AWARDED), SESSION_DAY)).toMatchObject({ ok: true });
    });
  });
});

describe('declareConflictOfInterestCommand.parse', () => {
  it('refuses an empty reason, naming it', () => {
    expect(declareConflictOfInterestCommand.parse({ sessionId: 's-1', memberId: 'm-2', candidateId: 'c-1', reason: '  ' })).toMatchObject({
      ok: false,
      error: { kind: 'invalid-input', field: 'reason' },
    });
  });
});
