import type { TitleByCapitalisationFacts } from '../../facts/capitalisation.facts';
import { evaluateRule } from '../../rulebook';
import { SEED_2009 } from '../seed-2009.rulebook';

describe('CAPITALISATION-WINDOW (seed-2009: 5 years from the first CCP)', () => {
  const ccpsObtained = [
    { ccpCode: 'CCP2', obtainedOn: '2012-01-10' },
    { ccpCode: 'CCP1', obtainedOn: '2010-06-15' },
  ];

  it('accepts a CCP obtained exactly 5 years after the first one', () => {
    expect(evaluateRule(SEED_2009, 'CAPITALISATION-WINDOW', { ccpsObtained, on: '2015-06-15' })).toMatchObject({
      passed: true,
      details: { windowStart: '2010-06-15', windowEnd: '2015-06-15' },
    });
  });

  it('refuses a CCP obtained 5 years and one day after the first one', () => {
    const outcome = evaluateRule(SEED_2009, 'CAPITALISATION-WINDOW', { ccpsObtained, on: '2015-06-16' });
    expect(outcome.passed).toBe(false);
    expect(outcome.explanation.fr).toContain('2015-06-15');
  });

  it('ends a window opened on 29 February on 28 February five years on', () => {
    const leap = [{ ccpCode: 'CCP1', obtainedOn: '2020-02-29' }];
    expect(evaluateRule(SEED_2009, 'CAPITALISATION-WINDOW', { ccpsObtained: leap, on: '2025-02-28' }).passed).toBe(true);
    expect(evaluateRule(SEED_2009, 'CAPITALISATION-WINDOW', { ccpsObtained: leap, on: '2025-03-01' }).passed).toBe(false);
  });

  it('opens the window with the first CCP', () => {
    expect(evaluateRule(SEED_2009, 'CAPITALISATION-WINDOW', { ccpsObtained: [], on: '2020-01-10' })).toMatchObject({
      passed: true,
      details: { windowStart: null, windowEnd: '2025-01-10' },
    });
  });

  it('ignores CCPs obtained after the date judged', () => {
    expect(evaluateRule(SEED_2009, 'CAPITALISATION-WINDOW', { ccpsObtained: [{ ccpCode: 'CCP1', obtainedOn: '2030-01-01' }], on: '2020-01-10' })).toMatchObject({
      passed: true,
      details: { windowStart: null },
    });
  });
});

describe('TITLE-BY-CAPITALISATION (seed-2009)', () => {
  const facts: TitleByCapitalisationFacts = {
    pathwayType: 'discontinuous-training',
    titleCcpCodes: ['CCP1', 'CCP2', 'CCP3'],
    ccpsObtained: [
      { ccpCode: 'CCP1', obtainedOn: '2010-06-15' },
      { ccpCode: 'CCP2', obtainedOn: '2012-01-10' },
      { ccpCode: 'CCP3', obtainedOn: '2015-06-15' },
    ],
    juryInterviewHeld: true,
    on: '2015-09-01',
  };
  const evaluate = (overrides: Partial<TitleByCapitalisationFacts>) => evaluateRule(SEED_2009, 'TITLE-BY-CAPITALISATION', { ...facts, ...overrides });

  it('awards the title when every CCP is obtained within 5 years of the first, the last on the last day', () => {
    expect(evaluate({})).toMatchObject({ passed: true, details: { missingCcpCodes: [], windowEnd: '2015-06-15' } });
  });

  it('refuses when the last CCP came one day after the window', () => {
    const late = facts.ccpsObtained.map((ccp) => (ccp.ccpCode === 'CCP3' ? { ...ccp, obtainedOn: '2015-06-16' } : ccp));
    expect(evaluate({ ccpsObtained: late })).toMatchObject({ passed: false, details: { missingCcpCodes: ['CCP3'] } });
  });

  it('refuses when a CCP is missing, naming it', () => {
    const outcome = evaluate({ ccpsObtained: facts.ccpsObtained.slice(0, 2) });
    expect(outcome).toMatchObject({ passed: false, details: { missingCcpCodes: ['CCP3'] } });
    expect(outcome.explanation.en).toContain('CCP3');
  });

  it('refuses with no CCP at all', () => {
    expect(evaluate({ ccpsObtained: [] })).toMatchObject({ passed: false, details: { missingCcpCodes: ['CCP1', 'CCP2', 'CCP3'], windowEnd: null } });
  });

  it('requires the jury interview in the discontinuous pathway', () => {
    expect(evaluate({ juryInterviewHeld: false }).passed).toBe(false);
  });

  it('lets the jury decide without a new interview in the other pathways', () => {
    expect(evaluate({ pathwayType: 'vae', juryInterviewHeld: false }).passed).toBe(true);
    expect(evaluate({ pathwayType: 'continuous-training', juryInterviewHeld: false }).passed).toBe(true);
  });
});
