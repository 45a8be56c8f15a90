import { applyRule, storedRuleApplications } from './rule-application';
import { SEED_2009 } from './seed-2009/seed-2009.rulebook';

describe('applyRule (what decision events record of a rule)', () => {
  const facts = { ccpsObtained: [{ ccpCode: 'CCP1', obtainedOn: '2021-03-10' as const }], on: '2026-03-11' as const };

  it('keeps the very facts the rule read, with its verdict, and the outcome a refusal is made of', () => {
    const { application, outcome } = applyRule(SEED_2009, 'CAPITALISATION-WINDOW', facts, 'c-1');
    expect(application).toEqual({ ruleId: 'CAPITALISATION-WINDOW', subject: 'c-1', facts, passed: false, explanation: outcome.explanation, details: { windowStart: '2021-03-10', windowEnd: '2026-03-10' } });
    expect(outcome).toMatchObject({ rulebookId: SEED_2009.id, ruleId: 'CAPITALISATION-WINDOW', passed: false });
  });

  it('reads back as stored, and refuses a rule id the catalogue does not know', () => {
    const { application } = applyRule(SEED_2009, 'CAPITALISATION-WINDOW', facts);
    const stored = JSON.parse(JSON.stringify([application])) as unknown;
    expect(storedRuleApplications.safeParse(stored)).toMatchObject({ success: true, data: [application] });
    expect(storedRuleApplications.safeParse([{ ...application, ruleId: 'NO-SUCH-RULE' }]).success).toBe(false);
  });
});
