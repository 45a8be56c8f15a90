import { evaluateRule } from '../../rulebook';
import { SEED_2009 } from '../seed-2009.rulebook';

const common = { ccsCode: 'CCS1', titleCode: 'TP-00495', titlesHeld: [{ titleCode: 'TP-00495', awardedOn: '2020-06-01' }] };

describe('CCS-REQUIRES-TITLE (seed-2009)', () => {
  it('lets a holder of the title prepare the CCS, from the day the title is awarded', () => {
    expect(evaluateRule(SEED_2009, 'CCS-REQUIRES-TITLE', { ...common, stage: 'preparation', on: '2020-06-01' }).passed).toBe(true);
  });

  it('refuses preparation the day before the title is awarded', () => {
    expect(evaluateRule(SEED_2009, 'CCS-REQUIRES-TITLE', { ...common, stage: 'preparation', on: '2020-05-31' }).passed).toBe(false);
  });

  it('refuses a candidate who holds another title only', () => {
    const outcome = evaluateRule(SEED_2009, 'CCS-REQUIRES-TITLE', {
      ...common,
      titlesHeld: [{ titleCode: 'TP-00001', awardedOn: '2010-01-01' }],
      stage: 'preparation',
      on: '2021-01-01',
    });
    expect(outcome.passed).toBe(false);
    expect(outcome.explanation.fr).toContain('TP-00495');
  });

  it('awards the CCS on a mise en situation and an interview', () => {
    expect(evaluateRule(SEED_2009, 'CCS-REQUIRES-TITLE', { ...common, stage: 'award', on: '2021-01-01', practicalAssessment: true, juryInterview: true }).passed).toBe(true);
  });

  it('refuses the award without mise en situation or without interview', () => {
    expect(evaluateRule(SEED_2009, 'CCS-REQUIRES-TITLE', { ...common, stage: 'award', on: '2021-01-01', practicalAssessment: false, juryInterview: true }).passed).toBe(false);
    expect(evaluateRule(SEED_2009, 'CCS-REQUIRES-TITLE', { ...common, stage: 'award', on: '2021-01-01', practicalAssessment: true, juryInterview: false }).passed).toBe(false);
  });
});
