import { evaluateRule } from '../../rulebook';
import { SEED_2009 } from '../seed-2009.rulebook';

const evaluate = (facts: Parameters<typeof SEED_2009.rules['VAE-ADMISSIBILITY']['evaluate']>[0]) => evaluateRule(SEED_2009, 'VAE-ADMISSIBILITY', facts);

describe('VAE-ADMISSIBILITY (seed-2009)', () => {
  it('lets a VAE candidate sit a session on the day admissibility is notified', () => {
    expect(evaluate({ pathwayType: 'vae', admissibility: { outcome: 'admissible', decidedOn: '2025-03-10' }, sessionDate: '2025-03-10' }).passed).toBe(true);
  });

  it('refuses a session held the day before admissibility is notified', () => {
    expect(evaluate({ pathwayType: 'vae', admissibility: { outcome: 'admissible', decidedOn: '2025-03-10' }, sessionDate: '2025-03-09' }).passed).toBe(false);
  });

  it('refuses a VAE candidate without notification', () => {
    expect(evaluate({ pathwayType: 'vae', admissibility: null, sessionDate: '2025-03-10' }).passed).toBe(false);
  });

  it('refuses a VAE candidate declared not admissible', () => {
    expect(evaluate({ pathwayType: 'vae', admissibility: { outcome: 'not-admissible', decidedOn: '2025-01-01' }, sessionDate: '2025-03-10' }).passed).toBe(false);
  });

  it('does not apply to a candidate who is not on a VAE pathway', () => {
    const outcome = evaluate({ pathwayType: 'continuous-training', admissibility: null, sessionDate: '2025-03-10' });
    expect(outcome.passed).toBe(true);
    expect(outcome.explanation.en).toContain('Not applicable');
  });
});
