import { applyRule } from './rule-application';
import { createRulebookCatalogue } from './rulebook-catalogue';
import { areFactsUnknown, decisionTrace, FACTS_UNKNOWN, rerunTrace, ruleIdsOf, storedDecisionTrace, type TracedRule } from './decision-trace';
import { SEED_2009 } from './seed-2009/seed-2009.rulebook';

const facts = { periods: [{ start: '2020-01-01', end: '2023-12-31', capacity: 'employee', relatedToTitle: true }], on: '2024-06-01' } as const;
const trace = decisionTrace(SEED_2009, [applyRule(SEED_2009, 'VAE-EXPERIENCE', facts)], {
  evidence: [{ id: 'dspp-1', sha256: 'ab'.repeat(32) }],
  reads: [{ service: 'registry', region: 'idf', streamId: 'candidate-c-1', revision: 3 }],
});

describe('the decision trace (one shape in every service)', () => {
  it('records the rulebook, each rule with its facts and verdict, the evidence by hash and the streams read', () => {
    expect(trace).toMatchObject({
      rulebookId: 'seed-2009',
      rules: [{ ruleId: 'VAE-EXPERIENCE', subject: null, facts, passed: true, details: { experienceMonths: 48 } }],
      evidence: [{ id: 'dspp-1' }],
      reads: [{ streamId: 'candidate-c-1', revision: 3 }],
    });
    expect(ruleIdsOf(trace)).toEqual(['VAE-EXPERIENCE']);
    expect(storedDecisionTrace.safeParse(JSON.parse(JSON.stringify(trace))).success).toBe(true);
    expect(storedDecisionTrace.safeParse({ ...trace, reads: undefined }).success).toBe(false);
  });

  it('re-runs a recorded trace under its rulebook: every verdict agrees', () => {
    expect(rerunTrace(trace)).toMatchObject({ rulebookId: 'seed-2009', consistent: true, rules: [{ ruleId: 'VAE-EXPERIENCE', agreement: 'agrees' }] });
  });

  it('flags a verdict the rules would not give, on the facts recorded', () => {
    const [rule] = trace.rules;
    if (!rule) throw new Error('no rule');
    const forged = { ...trace, rules: [{ ...rule, facts: { ...facts, periods: [{ ...facts.periods[0], start: '2023-01-01' }] } } as TracedRule] };
    expect(rerunTrace(forged)).toMatchObject({ consistent: false, rules: [{ agreement: 'disagrees', recorded: { passed: true }, rerun: { passed: false } }] });
  });

  it('says which rules wait for their facts (an upcast event), and an unknown rulebook', () => {
    const [rule] = trace.rules;
    if (!rule) throw new Error('no rule');
    expect(areFactsUnknown(FACTS_UNKNOWN)).toBe(true);
    expect(rerunTrace({ ...trace, rules: [{ ...rule, facts: FACTS_UNKNOWN }] })).toMatchObject({ consistent: false, rules: [{ agreement: 'facts-unknown', rerun: null }] });
    expect(rerunTrace({ ...trace, rulebookId: 'nowhere-1999' }, createRulebookCatalogue([SEED_2009]))).toMatchObject({ consistent: false, rules: [{ agreement: 'rulebook-unknown' }] });
  });
});
