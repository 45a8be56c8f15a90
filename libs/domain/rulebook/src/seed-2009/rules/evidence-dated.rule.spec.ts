import { evaluateRule } from '../../rulebook';
import { SEED_2009 } from '../seed-2009.rulebook';

const dspp = (datedOn: readonly string[]) => ({ key: 'dspp:CCP1', fr: "DSPP pour l'activité type CCP1", en: 'DSPP for activité type CCP1', datedOn });

describe('EVIDENCE-DATED (seed-2009)', () => {
  it('counts evidence dated on the session day', () => {
    expect(evaluateRule(SEED_2009, 'EVIDENCE-DATED', { sessionDate: '2026-06-15', pieces: [dspp(['2026-06-15'])] })).toMatchObject({ passed: true, details: { afterSession: [] } });
  });

  it('does not count a DSPP submitted after the session, naming it and its date', () => {
    const outcome = evaluateRule(SEED_2009, 'EVIDENCE-DATED', { sessionDate: '2020-06-15', pieces: [dspp(['2026-12-07'])] });
    expect(outcome).toMatchObject({ passed: false, ruleId: 'EVIDENCE-DATED', details: { afterSession: ['dspp:CCP1'] } });
    expect(outcome.explanation.en).toBe('Evidence dated after the session of 2020-06-15, which does not count for it: DSPP for activité type CCP1 (2026-12-07)');
  });

  it('counts a piece one of whose records predates the session (a later resubmission does not erase it)', () => {
    expect(evaluateRule(SEED_2009, 'EVIDENCE-DATED', { sessionDate: '2026-06-15', pieces: [dspp(['2026-06-01', '2026-07-01'])] }).passed).toBe(true);
  });

  it('keeps the evaluation verdict for a piece no record dates', () => {
    expect(evaluateRule(SEED_2009, 'EVIDENCE-DATED', { sessionDate: '2026-06-15', pieces: [dspp([])] }).passed).toBe(true);
  });
});
