import type { JuryEvidenceFacts } from '../../facts/evidence.facts';
import { evaluateRule } from '../../rulebook';
import { SEED_2009 } from '../seed-2009.rulebook';

const complete: JuryEvidenceFacts = {
  titleCcpCodes: ['CCP1', 'CCP2', 'CCP3'],
  trainingEvaluations: true,
  dsppCcpCodes: ['CCP1', 'CCP2', 'CCP3'],
  practicalAssessment: true,
  juryInterview: true,
};

describe('EVIDENCE-CONTINUOUS (seed-2009)', () => {
  it('lets the jury decide on ECF, a DSPP per activité type, the épreuve de synthèse and an interview', () => {
    expect(evaluateRule(SEED_2009, 'EVIDENCE-CONTINUOUS', complete)).toMatchObject({ passed: true, details: { problems: [] } });
  });

  it('refuses without ECF results', () => {
    expect(evaluateRule(SEED_2009, 'EVIDENCE-CONTINUOUS', { ...complete, trainingEvaluations: false })).toMatchObject({
      passed: false,
      details: { problems: ['ecf'] },
    });
  });

  it('refuses a DSPP missing one activité type, naming it', () => {
    const outcome = evaluateRule(SEED_2009, 'EVIDENCE-CONTINUOUS', { ...complete, dsppCcpCodes: ['CCP1', 'CCP3'] });
    expect(outcome).toMatchObject({ passed: false, details: { problems: ['dspp:CCP2'] } });
    expect(outcome.explanation.fr).toContain("DSPP pour l'activité type CCP2");
  });

  it('refuses without the épreuve de synthèse or the interview', () => {
    expect(evaluateRule(SEED_2009, 'EVIDENCE-CONTINUOUS', { ...complete, practicalAssessment: false, juryInterview: false })).toMatchObject({
      passed: false,
      details: { problems: ['practical-assessment', 'jury-interview'] },
    });
  });
});

describe('EVIDENCE-VAE (seed-2009)', () => {
  const vae: JuryEvidenceFacts = { ...complete, trainingEvaluations: false };

  it('lets the jury decide on a DSPP per activité type, a mise en situation and an interview, without ECF', () => {
    expect(evaluateRule(SEED_2009, 'EVIDENCE-VAE', vae)).toMatchObject({ passed: true });
  });

  it('refuses ECF results in a VAE file', () => {
    expect(evaluateRule(SEED_2009, 'EVIDENCE-VAE', complete)).toMatchObject({ passed: false, details: { problems: ['ecf-not-admissible'] } });
  });

  it('refuses a VAE file without DSPP, mise en situation or interview', () => {
    expect(evaluateRule(SEED_2009, 'EVIDENCE-VAE', { ...vae, dsppCcpCodes: [], practicalAssessment: false, juryInterview: false })).toMatchObject({
      passed: false,
      details: { problems: ['dspp:CCP1', 'dspp:CCP2', 'dspp:CCP3', 'practical-assessment', 'jury-interview'] },
    });
  });
});
