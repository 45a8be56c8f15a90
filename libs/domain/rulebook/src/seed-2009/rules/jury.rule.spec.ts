import { evaluateRule } from '../../rulebook';
import { SEED_2009 } from '../seed-2009.rulebook';

const professional = (personId: string) => ({ personId, professional: true, trainerOfCandidate: false });

describe('JURY-PROFESSIONALS (seed-2009)', () => {
  it('accepts a jury of professionals who did not train the candidate', () => {
    expect(evaluateRule(SEED_2009, 'JURY-PROFESSIONALS', { members: [professional('a'), professional('b')] }).passed).toBe(true);
  });

  it('refuses a jury member who is not a professional', () => {
    const outcome = evaluateRule(SEED_2009, 'JURY-PROFESSIONALS', { members: [professional('a'), { ...professional('b'), professional: false }] });
    expect(outcome.passed).toBe(false);
    expect(outcome.explanation.en).toContain('b');
  });

  it('refuses a jury member who trained the candidate', () => {
    expect(evaluateRule(SEED_2009, 'JURY-PROFESSIONALS', { members: [{ ...professional('a'), trainerOfCandidate: true }] }).passed).toBe(false);
  });

  it('refuses a jury member who declared a conflict of interest with the candidate, naming them', () => {
    const outcome = evaluateRule(SEED_2009, 'JURY-PROFESSIONALS', { members: [professional('a'), { ...professional('b'), declaredConflict: true }] });
    expect(outcome.passed).toBe(false);
    expect(outcome.explanation.en).toBe('Member(s) who declared a conflict of interest with the candidate: b.');
    expect(evaluateRule(SEED_2009, 'JURY-PROFESSIONALS', { members: [professional('a'), { ...professional('b'), declaredConflict: false }] }).passed).toBe(true);
  });

  it('refuses an empty jury and a member counted twice', () => {
    expect(evaluateRule(SEED_2009, 'JURY-PROFESSIONALS', { members: [] }).passed).toBe(false);
    expect(evaluateRule(SEED_2009, 'JURY-PROFESSIONALS', { members: [professional('a'), professional('a')] }).passed).toBe(false);
  });
});

describe('JURY-OUTCOME (seed-2009)', () => {
  const titleCcpCodes = ['CCP1', 'CCP2', 'CCP3'];

  it('accepts awarding the title', () => {
    expect(evaluateRule(SEED_2009, 'JURY-OUTCOME', { titleCcpCodes, outcome: { kind: 'title-awarded' } }).passed).toBe(true);
  });

  it('accepts not awarding the title and awarding some CCPs, or none', () => {
    expect(evaluateRule(SEED_2009, 'JURY-OUTCOME', { titleCcpCodes, outcome: { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP1', 'CCP3'] } }).passed).toBe(true);
    expect(evaluateRule(SEED_2009, 'JURY-OUTCOME', { titleCcpCodes, outcome: { kind: 'title-not-awarded', ccpCodesAwarded: [] } }).passed).toBe(true);
  });

  it("refuses awarding a CCP that is not the title's", () => {
    expect(evaluateRule(SEED_2009, 'JURY-OUTCOME', { titleCcpCodes, outcome: { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP4'] } }).passed).toBe(false);
  });

  it('refuses awarding a CCP twice', () => {
    expect(evaluateRule(SEED_2009, 'JURY-OUTCOME', { titleCcpCodes, outcome: { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP1', 'CCP1'] } }).passed).toBe(false);
  });
});
