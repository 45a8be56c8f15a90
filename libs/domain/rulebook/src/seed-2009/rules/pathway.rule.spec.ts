import { evaluateRule, violationOf } from '../../rulebook';
import { SEED_2009 } from '../seed-2009.rulebook';

describe('PATHWAY (seed-2009)', () => {
  it('lets a candidate open a pathway for a title when no other pathway of that title is open', () => {
    const outcome = evaluateRule(SEED_2009, 'PATHWAY', {
      titleCode: 'TP-00495',
      requestedType: 'vae',
      openPathways: [{ pathwayId: 'p-other', titleCode: 'TP-01234', type: 'continuous-training' }],
    });
    expect(outcome).toMatchObject({ passed: true, ruleId: 'PATHWAY', rulebookId: 'seed-2009' });
  });

  it('refuses a second pathway for the same title, whatever its type', () => {
    const outcome = evaluateRule(SEED_2009, 'PATHWAY', {
      titleCode: 'TP-00495',
      requestedType: 'vae',
      openPathways: [{ pathwayId: 'p-1', titleCode: 'TP-00495', type: 'vae' }],
    });
    expect(outcome.passed).toBe(false);
    expect(outcome.explanation.fr).toContain('un seul parcours par titre');
    expect(outcome.explanation.en).toContain('p-1');
    expect(violationOf(outcome)).toMatchObject({ kind: 'rule-violation', ruleId: 'PATHWAY', rulebookId: 'seed-2009' });
  });
});
