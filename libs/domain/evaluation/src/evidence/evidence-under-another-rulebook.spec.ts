import { fails, passes, type Rulebook, SEED_2009 } from '@titrepro/domain-rulebook';
import type { EvaluationEvent } from '../events/evaluation-event-catalogue';
import type { EvaluationDeciderDependencies } from '../shared/dependencies';
import { ccpPracticalAssessmentHeld, dsppSubmitted, pairRecorded, pathwayRecorded, specReferential, spec } from '../spec-support/evaluation-fixtures';
import { evidenceCompleteness } from './evidence-completeness';

/** A later regime, made up for the spec: the file is read under whatever rulebook is in force. */
const later = (rules: Partial<Rulebook['rules']>): EvaluationDeciderDependencies => ({
  referential: specReferential,
  rulebooks: { rulebookInForceAt: () => ({ ...SEED_2009, id: 'later', validFrom: '2030-01-01', rules: { ...SEED_2009.rules, ...rules } }) },
});

const judged = (history: readonly EvaluationEvent[], dependencies: EvaluationDeciderDependencies) => {
  const result = evidenceCompleteness(spec.given(history).state(), 'p-1', '2030-06-01', dependencies);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('evidenceCompleteness follows the rulebook in force', () => {
  it('leaves ECF out of the missing list when the rule in force asks none', () => {
    const noEcf = later({ 'EVIDENCE-CONTINUOUS': { ...SEED_2009.rules['EVIDENCE-CONTINUOUS'], evaluate: (facts) => SEED_2009.rules['EVIDENCE-VAE'].evaluate({ ...facts, trainingEvaluations: false }) } });
    expect(judged([pathwayRecorded('continuous-training')], noEcf)).toMatchObject({
      rulebookId: 'later',
      missing: [{ key: 'dspp:CCP1' }, { key: 'dspp:CCP2' }, { key: 'dspp:CCP3' }, { key: 'practical-assessment:title-synthesis' }],
    });
  });

  it("keeps the file incomplete on a problem no item stands for, in the rule's words", () => {
    const stricter = later({ 'EVIDENCE-VAE': { ...SEED_2009.rules['EVIDENCE-VAE'], evaluate: () => fails('Pièce nouvelle requise.', 'New document required.', { problems: ['new-document'] }) } });
    expect(judged([pathwayRecorded('vae')], stricter)).toMatchObject({
      complete: false,
      missing: [{ key: 'new-document', fr: 'Pièce nouvelle requise.', en: 'New document required.' }],
    });
  });

  it('counts a recorded pair evaluation only if CCP-PAIR in force still accepts it', () => {
    const history = [pathwayRecorded('discontinuous-training'), dsppSubmitted(), ...ccpPracticalAssessmentHeld('CCP1'), pairRecorded('CCP1')];
    const accepting = later({ 'CCP-PAIR': { ...SEED_2009.rules['CCP-PAIR'], evaluate: () => passes('ok', 'ok') } });
    const refusing = later({ 'CCP-PAIR': { ...SEED_2009.rules['CCP-PAIR'], evaluate: () => fails('non', 'no') } });
    expect(judged(history, accepting).present.map((item) => item.key)).toContain('ccp-pair:CCP1');
    expect(judged(history, refusing).missing.map((item) => item.key)).toContain('ccp-pair:CCP1');
  });
});
