import type { CcpAssessmentFacts } from '../../facts/ccp-assessment.facts';
import { evaluateRule } from '../../rulebook';
import { SEED_2009 } from '../seed-2009.rulebook';

const facts: CcpAssessmentFacts = {
  titleCode: 'TP-00495',
  titleCcpCodes: ['CCP1', 'CCP2', 'CCP3'],
  ccpCode: 'CCP2',
  assessors: [
    { personId: 'pro', role: 'professional' },
    { personId: 'trainer', role: 'trainer', specialtyTitleCode: 'TP-00495' },
  ],
  practicalAssessment: true,
  dspp: true,
};
const evaluate = (overrides: Partial<CcpAssessmentFacts>) => evaluateRule(SEED_2009, 'CCP-PAIR', { ...facts, ...overrides });

describe('CCP-PAIR (seed-2009)', () => {
  it('accepts a professional and a trainer of the specialty, on a mise en situation and the DSPP', () => {
    expect(evaluate({}).passed).toBe(true);
  });

  it('refuses a single assessor, and three', () => {
    expect(evaluate({ assessors: [{ personId: 'pro', role: 'professional' }] }).passed).toBe(false);
    expect(evaluate({ assessors: [...facts.assessors, { personId: 'x', role: 'professional' }] }).passed).toBe(false);
  });

  it('refuses the same person in both seats', () => {
    expect(evaluate({ assessors: [{ personId: 'p', role: 'professional' }, { personId: 'p', role: 'trainer', specialtyTitleCode: 'TP-00495' }] }).passed).toBe(false);
  });

  it('refuses two professionals, without a trainer', () => {
    expect(evaluate({ assessors: [{ personId: 'a', role: 'professional' }, { personId: 'b', role: 'professional' }] }).passed).toBe(false);
  });

  it('refuses a trainer of another specialty', () => {
    const outcome = evaluate({ assessors: [{ personId: 'pro', role: 'professional' }, { personId: 't', role: 'trainer', specialtyTitleCode: 'TP-00001' }] });
    expect(outcome.passed).toBe(false);
    expect(outcome.explanation.fr).toContain('TP-00001');
  });

  it('refuses an assessment without mise en situation or without DSPP', () => {
    expect(evaluate({ practicalAssessment: false }).passed).toBe(false);
    expect(evaluate({ dspp: false }).passed).toBe(false);
  });

  it("refuses a CCP that is not the title's", () => {
    expect(evaluate({ ccpCode: 'CCP9' }).passed).toBe(false);
  });
});
