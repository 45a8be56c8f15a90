import type { PathwayType } from '@titrepro/domain-rulebook';
import type { EvaluationEvent } from '../events/evaluation-event-catalogue';
import {
  CANDIDATE,
  ccpPracticalAssessmentHeld,
  ccpTarget,
  dependencies,
  dsppSubmitted,
  ecfRecorded,
  pairRecorded,
  pathwayRecorded,
  practicalRecorded,
  scheduled,
  spec,
  TSGERI,
} from '../spec-support/evaluation-fixtures';
import { evidenceCompleteness } from './evidence-completeness';

const DAY = '2025-06-02';
const completeness = (history: readonly EvaluationEvent[], pathwayId = 'p-1', day = DAY) => evidenceCompleteness(spec.given(history).state(), pathwayId, day, dependencies);
const keys = (history: readonly EvaluationEvent[]) => {
  const result = completeness(history);
  if (!result.ok) throw new Error(result.error.message);
  return { missing: result.value.missing.map((item) => item.key), present: result.value.present.map((item) => item.key), complete: result.value.complete };
};
const synthesisHeld = [scheduled('pa-s'), practicalRecorded('pa-s')];
const started = (type: PathwayType) => [pathwayRecorded(type)];

describe('evidenceCompleteness — continuous training (EVIDENCE-CONTINUOUS)', () => {
  it('names the rulebook and rule, and lists everything missing at first, per CCP, in fr and en', () => {
    expect(completeness(started('continuous-training'))).toMatchObject({
      ok: true,
      value: {
        trace: {
          rulebookId: 'seed-2009',
          rules: [
            {
              ruleId: 'EVIDENCE-CONTINUOUS',
              subject: null,
              facts: { titleCcpCodes: ['CCP1', 'CCP2', 'CCP3'], trainingEvaluations: false, dsppCcpCodes: [], practicalAssessment: false, juryInterview: true },
              passed: false,
            },
          ],
          evidence: [],
          reads: [],
        },
      },
    });
    expect(completeness(started('continuous-training'))).toEqual({
      ok: true,
      value: {
        candidateId: CANDIDATE,
        pathwayId: 'p-1',
        titleCode: TSGERI,
        pathwayType: 'continuous-training',
        rulebookId: 'seed-2009',
        ruleIds: ['EVIDENCE-CONTINUOUS'],
        trace: expect.objectContaining({ rulebookId: 'seed-2009' }),
        complete: false,
        present: [],
        missing: [
          { key: 'ecf:CCP1', fr: 'ECF pour CCP1', en: 'ECF for CCP1' },
          { key: 'ecf:CCP2', fr: 'ECF pour CCP2', en: 'ECF for CCP2' },
          { key: 'ecf:CCP3', fr: 'ECF pour CCP3', en: 'ECF for CCP3' },
          { key: 'dspp:CCP1', fr: "DSPP pour l'activité type CCP1", en: 'DSPP for activité type CCP1' },
          { key: 'dspp:CCP2', fr: "DSPP pour l'activité type CCP2", en: 'DSPP for activité type CCP2' },
          { key: 'dspp:CCP3', fr: "DSPP pour l'activité type CCP3", en: 'DSPP for activité type CCP3' },
          {
            key: 'practical-assessment:title-synthesis',
            fr: 'Épreuve de synthèse (mise en situation professionnelle sur le titre)',
            en: 'Épreuve de synthèse (practical assessment of the title)',
          },
        ],
      },
    });
  });

  it('shrinks the missing list piece by piece, ECF for CCP1 first, until the file is complete', () => {
    const steps: ReadonlyArray<readonly [string, EvaluationEvent[], string[]]> = [
      ['ECF for CCP1', [ecfRecorded('CCP1')], ['ecf:CCP2', 'ecf:CCP3', 'dspp:CCP1', 'dspp:CCP2', 'dspp:CCP3', 'practical-assessment:title-synthesis']],
      ['ECF for CCP2 (failed: still a result)', [ecfRecorded('CCP2', 'failed')], ['ecf:CCP3', 'dspp:CCP1', 'dspp:CCP2', 'dspp:CCP3', 'practical-assessment:title-synthesis']],
      ['ECF for CCP3', [ecfRecorded('CCP3')], ['dspp:CCP1', 'dspp:CCP2', 'dspp:CCP3', 'practical-assessment:title-synthesis']],
      ['the DSPP', [dsppSubmitted()], ['practical-assessment:title-synthesis']],
      ['a CCP practical assessment, which is not the épreuve de synthèse', ccpPracticalAssessmentHeld('CCP1'), ['practical-assessment:title-synthesis']],
      ['the épreuve de synthèse scheduled only', [scheduled('pa-s')], ['practical-assessment:title-synthesis']],
      ['the épreuve de synthèse recorded', [practicalRecorded('pa-s')], []],
    ];
    const history = [...started('continuous-training')];
    for (const [, events, missing] of steps) {
      history.push(...events);
      expect(keys(history)).toMatchObject({ missing, complete: missing.length === 0 });
    }
    expect(keys(history).present).toEqual(['ecf:CCP1', 'ecf:CCP2', 'ecf:CCP3', 'dspp:CCP1', 'dspp:CCP2', 'dspp:CCP3', 'practical-assessment:title-synthesis']);
  });

  it('leaves the jury interview out: it is the jury’s own act', () => {
    const all = [...started('continuous-training'), ...['CCP1', 'CCP2', 'CCP3'].map((ccp) => ecfRecorded(ccp)), dsppSubmitted(), ...synthesisHeld];
    expect(keys(all)).toEqual(expect.objectContaining({ complete: true, missing: [] }));
    expect(keys(all).present.some((key) => key.includes('interview'))).toBe(false);
  });
});

describe('evidenceCompleteness — VAE (EVIDENCE-VAE)', () => {
  it('asks a DSPP per activité type and the mise en situation, and no ECF', () => {
    expect(completeness(started('vae'))).toMatchObject({ ok: true, value: { ruleIds: ['EVIDENCE-VAE'], pathwayType: 'vae', complete: false } });
    expect(keys(started('vae')).missing).toEqual(['dspp:CCP1', 'dspp:CCP2', 'dspp:CCP3', 'practical-assessment:title-synthesis']);
    expect(keys([...started('vae'), dsppSubmitted()]).missing).toEqual(['practical-assessment:title-synthesis']);
    expect(keys([...started('vae'), dsppSubmitted(), ...synthesisHeld])).toEqual({
      complete: true,
      missing: [],
      present: ['dspp:CCP1', 'dspp:CCP2', 'dspp:CCP3', 'practical-assessment:title-synthesis'],
    });
  });

  it('counts the current DSPP: a resubmission keeps it complete', () => {
    expect(keys([...started('vae'), dsppSubmitted('dspp-1'), dsppSubmitted('dspp-2', 'dspp-1'), ...synthesisHeld]).complete).toBe(true);
  });
});

describe('evidenceCompleteness — discontinuous training (CCP-PAIR)', () => {
  it('asks, per CCP, the pair evaluation, its mise en situation and the DSPP, until all CCPs are evaluated', () => {
    const history = [...started('discontinuous-training')];
    expect(completeness(history)).toMatchObject({ ok: true, value: { ruleIds: ['CCP-PAIR'], rulebookId: 'seed-2009' } });
    expect(keys(history).missing).toEqual([
      'ccp-pair:CCP1', 'practical-assessment:CCP1', 'dspp:CCP1',
      'ccp-pair:CCP2', 'practical-assessment:CCP2', 'dspp:CCP2',
      'ccp-pair:CCP3', 'practical-assessment:CCP3', 'dspp:CCP3',
    ]);
    history.push(dsppSubmitted());
    expect(keys(history).missing).toEqual(['ccp-pair:CCP1', 'practical-assessment:CCP1', 'ccp-pair:CCP2', 'practical-assessment:CCP2', 'ccp-pair:CCP3', 'practical-assessment:CCP3']);
    history.push(...ccpPracticalAssessmentHeld('CCP2'), pairRecorded('CCP2'));
    expect(keys(history).missing).toEqual(['ccp-pair:CCP1', 'practical-assessment:CCP1', 'ccp-pair:CCP3', 'practical-assessment:CCP3']);
    history.push(...ccpPracticalAssessmentHeld('CCP1'), pairRecorded('CCP1', 'failed'), ...ccpPracticalAssessmentHeld('CCP3'));
    expect(keys(history).missing).toEqual(['ccp-pair:CCP3']);
    history.push(pairRecorded('CCP3'));
    expect(keys(history)).toMatchObject({ complete: true, missing: [] });
  });

  it('does not count the title synthesis for a CCP', () => {
    expect(keys([...started('discontinuous-training'), scheduled('pa-s'), practicalRecorded('pa-s')]).missing).toContain('practical-assessment:CCP1');
    expect(keys([...started('discontinuous-training'), scheduled('pa-1', ccpTarget('CCP1'))]).missing).toContain('practical-assessment:CCP1');
  });
});

describe('evidenceCompleteness — refusals', () => {
  it('refuses an unknown pathway', () => {
    expect(completeness(started('vae'), 'p-9')).toMatchObject({ ok: false, error: { kind: 'not-found', entity: 'pathway', id: 'p-9' } });
    expect(completeness([], 'p-1')).toMatchObject({ ok: false, error: { kind: 'not-found', entity: 'pathway', id: 'p-1' } });
  });

  it('refuses a day before any rulebook was in force', () => {
    expect(completeness(started('vae'), 'p-1', '2009-03-19')).toEqual({ ok: false, error: { kind: 'conflict', message: 'no rulebook is in force on 2009-03-19' } });
  });
});
