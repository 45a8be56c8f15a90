import type { CalendarDate } from '@titrepro/domain-kernel';
import type { ExperiencePeriod } from '../facts/vae.facts';
import type { RuleId } from '../rule-id';
import type { RuleFactsById } from '../rule-facts';
import { evaluateRule } from '../rulebook';
import { rulebookInForceAt } from '../rulebooks';
import { SEED_2009 } from '../seed-2009/seed-2009.rulebook';
import { levelLabel, practiceDossierFor } from '../wording';

/** Given the rulebook in force on `date`, when `ruleId` judges `facts`: its outcome. */
const judgedOn = <Id extends RuleId>(date: CalendarDate, ruleId: Id, facts: RuleFactsById[Id]) => {
  const rulebook = rulebookInForceAt(date);
  if (!rulebook) throw new Error(`no rulebook on ${date}`);
  return evaluateRule(rulebook, ruleId, facts);
};

const worked = (start: CalendarDate, end: CalendarDate, overrides: Partial<ExperiencePeriod> = {}): ExperiencePeriod => ({ start, end, capacity: 'employee', relatedToTitle: true, ...overrides });

describe('VAE-EXPERIENCE through the regimes (date read: the request’s)', () => {
  const eighteenMonths = [worked('2016-01-01', '2017-06-30')];

  it('refuses 18 months requested on 2017-09-30 (tp-2016: three years)', () => {
    expect(judgedOn('2017-09-30', 'VAE-EXPERIENCE', { periods: eighteenMonths, on: '2017-09-30' })).toMatchObject({ rulebookId: 'tp-2016', passed: false, details: { experienceMonths: 18, requiredMonths: 36 } });
  });

  it('admits the same 18 months requested on 2017-10-01 (vae-2017: one year)', () => {
    expect(judgedOn('2017-10-01', 'VAE-EXPERIENCE', { periods: eighteenMonths, on: '2017-10-01' })).toMatchObject({ rulebookId: 'vae-2017', passed: true, details: { requiredMonths: 12 } });
  });

  it('admits 3 months in 2024 (no minimum) and refused them in 2023 (one year)', () => {
    const threeMonths = [worked('2023-09-01', '2023-11-30')];
    expect(judgedOn('2024-06-03', 'VAE-EXPERIENCE', { periods: threeMonths, on: '2024-06-03' })).toMatchObject({ rulebookId: 'vae-jury-2024', passed: true, details: { experienceMonths: 3, requiredMonths: 0 } });
    expect(judgedOn('2023-12-31', 'VAE-EXPERIENCE', { periods: threeMonths, on: '2023-12-31' })).toMatchObject({ rulebookId: 'tp-2022', passed: false });
  });

  it('counts self-employed activity from 2017, not under the seed', () => {
    const selfEmployed = [worked('2014-01-01', '2016-12-31', { capacity: 'self-employed' })];
    expect(judgedOn('2017-06-01', 'VAE-EXPERIENCE', { periods: selfEmployed, on: '2017-06-01' }).passed).toBe(false);
    expect(judgedOn('2017-10-02', 'VAE-EXPERIENCE', { periods: selfEmployed, on: '2017-10-02' }).passed).toBe(true);
  });

  it('counts training in a workplace in 2017 only when shorter than the activity outside training', () => {
    const mostlyTraining = [worked('2016-01-01', '2016-03-31'), worked('2016-04-01', '2016-12-31', { capacity: 'trainee' })];
    const someTraining = [worked('2016-01-01', '2016-09-30'), worked('2016-10-01', '2016-12-31', { capacity: 'trainee' })];
    expect(judgedOn('2017-10-02', 'VAE-EXPERIENCE', { periods: mostlyTraining, on: '2017-10-02' })).toMatchObject({ passed: false, details: { experienceMonths: 3 } });
    expect(judgedOn('2017-10-02', 'VAE-EXPERIENCE', { periods: someTraining, on: '2017-10-02' })).toMatchObject({ passed: true, details: { experienceMonths: 12 } });
  });

  it('decides the same where the law did not change: 40 months pass and no related experience fails, in every regime', () => {
    for (const date of ['2010-01-01', '2016-06-01', '2017-10-01', '2019-01-10', '2021-04-01', '2024-01-01', '2026-12-07'] as const) {
      expect(judgedOn(date, 'VAE-EXPERIENCE', { periods: [worked('2005-01-01', '2008-04-30')], on: date }).passed).toBe(true);
      expect(judgedOn(date, 'VAE-EXPERIENCE', { periods: [worked('2005-01-01', '2008-04-30', { relatedToTitle: false })], on: date }).passed).toBe(false);
    }
  });
});

describe('CAPITALISATION-WINDOW and CCP-TRANSITION-2016 (date read: the award’s)', () => {
  const ccp2012 = [{ ccpCode: 'CCP1', obtainedOn: '2012-03-10' as const }];

  it("no longer counts a CCP obtained in 2012 for a CCP awarded in 2018 under the seed's window (ended 2017-03-10)", () => {
    expect(evaluateRule(SEED_2009, 'CAPITALISATION-WINDOW', { ccpsObtained: ccp2012, on: '2018-05-15' })).toMatchObject({ passed: false, details: { windowEnd: '2017-03-10' } });
  });

  it('counts it in 2018 under the rules in force then: its window was still open on 2016-06-01, so the transition carries it over', () => {
    expect(judgedOn('2018-05-15', 'CCP-TRANSITION-2016', { ccpsObtained: ccp2012, on: '2018-05-15' })).toMatchObject({ rulebookId: 'vae-2017', passed: true, details: { carriedOver: ['CCP1'], lapsed: [] } });
    expect(judgedOn('2018-05-15', 'CAPITALISATION-WINDOW', { ccpsObtained: ccp2012, on: '2018-05-15', titleValidTo: null })).toMatchObject({ passed: true, details: { windowStart: '2012-03-10', windowEnd: null } });
    const titleFacts = { pathwayType: 'discontinuous-training' as const, titleCcpCodes: ['CCP1', 'CCP2'], juryInterviewHeld: true, on: '2018-05-15' as const };
    expect(judgedOn('2018-05-15', 'TITLE-BY-CAPITALISATION', { ...titleFacts, ccpsObtained: [...ccp2012, { ccpCode: 'CCP2', obtainedOn: '2018-01-20' }] })).toMatchObject({ passed: true });
    expect(evaluateRule(SEED_2009, 'TITLE-BY-CAPITALISATION', { ...titleFacts, ccpsObtained: [...ccp2012, { ccpCode: 'CCP2', obtainedOn: '2018-01-20' }] })).toMatchObject({ passed: false, details: { missingCcpCodes: ['CCP2'] } });
  });

  it('leaves lapsed a CCP whose window had closed before the reform (obtained 2010-05-01, window ended 2015-05-01)', () => {
    const ccp2010 = [{ ccpCode: 'CCP1', obtainedOn: '2010-05-01' as const }, { ccpCode: 'CCP2', obtainedOn: '2018-01-20' as const }];
    expect(judgedOn('2018-05-15', 'CCP-TRANSITION-2016', { ccpsObtained: ccp2010, on: '2018-05-15' })).toMatchObject({ passed: false, details: { carriedOver: [], lapsed: ['CCP1'] } });
    expect(
      judgedOn('2018-05-15', 'TITLE-BY-CAPITALISATION', { pathwayType: 'discontinuous-training', titleCcpCodes: ['CCP1', 'CCP2'], ccpsObtained: ccp2010, juryInterviewHeld: true, on: '2018-05-15' }),
    ).toMatchObject({ passed: false, details: { missingCcpCodes: ['CCP1'] } });
  });

  it('refuses a CCP once the title has closed, from 2016', () => {
    expect(judgedOn('2026-12-07', 'CAPITALISATION-WINDOW', { ccpsObtained: ccp2012, on: '2026-12-07', titleValidTo: '2025-12-31' })).toMatchObject({ passed: false, details: { windowEnd: '2025-12-31' } });
  });

  it('decides the same where the law did not change: a first CCP opens the way, before and after 2016', () => {
    expect(judgedOn('2015-01-10', 'CAPITALISATION-WINDOW', { ccpsObtained: [], on: '2015-01-10' }).passed).toBe(true);
    expect(judgedOn('2022-01-10', 'CAPITALISATION-WINDOW', { ccpsObtained: [], on: '2022-01-10' }).passed).toBe(true);
  });
});

describe('VAE-ADMISSIBILITY (date read: the session’s)', () => {
  const vae = { pathwayType: 'vae' as const };

  it('admits by two months of silence after the complete dossier from 2024, not before', () => {
    const silent = { ...vae, admissibility: null, requestedOn: '2024-02-01' as const };
    expect(judgedOn('2024-04-01', 'VAE-ADMISSIBILITY', { ...silent, sessionDate: '2024-04-01' })).toMatchObject({ rulebookId: 'vae-2024', passed: true });
    expect(judgedOn('2024-03-31', 'VAE-ADMISSIBILITY', { ...silent, sessionDate: '2024-03-31' }).passed).toBe(false);
    expect(judgedOn('2023-06-01', 'VAE-ADMISSIBILITY', { ...silent, requestedOn: '2023-02-01', sessionDate: '2023-06-01' })).toMatchObject({ rulebookId: 'tp-2022', passed: false });
  });

  it('lets a positive decision lapse after three years from 2024; the seed set no limit', () => {
    const admitted = { ...vae, admissibility: { outcome: 'admissible' as const, decidedOn: '2024-01-15' as const } };
    expect(judgedOn('2027-01-15', 'VAE-ADMISSIBILITY', { ...admitted, sessionDate: '2027-01-15' }).passed).toBe(true);
    expect(judgedOn('2027-01-16', 'VAE-ADMISSIBILITY', { ...admitted, sessionDate: '2027-01-16' }).passed).toBe(false);
    expect(evaluateRule(SEED_2009, 'VAE-ADMISSIBILITY', { ...admitted, sessionDate: '2027-01-16' }).passed).toBe(true);
  });

  it('lets a notified admissibility lapse after one year from 2016 (arrêté of 22 December 2015), after three from 2022-04-03 (arrêté of 28 March 2022)', () => {
    const admitted = { ...vae, admissibility: { outcome: 'admissible' as const, decidedOn: '2018-03-01' as const } };
    expect(judgedOn('2019-03-01', 'VAE-ADMISSIBILITY', { ...admitted, sessionDate: '2019-03-01' })).toMatchObject({ rulebookId: 'cnc-2019', passed: true });
    expect(judgedOn('2019-03-02', 'VAE-ADMISSIBILITY', { ...admitted, sessionDate: '2019-03-02' }).passed).toBe(false);
    const in2021 = { ...vae, admissibility: { outcome: 'admissible' as const, decidedOn: '2021-05-03' as const } };
    expect(judgedOn('2022-05-03', 'VAE-ADMISSIBILITY', { ...in2021, sessionDate: '2022-05-03' })).toMatchObject({ rulebookId: 'tp-2022', passed: true });
    expect(judgedOn('2022-04-02', 'VAE-ADMISSIBILITY', { ...in2021, admissibility: { ...in2021.admissibility, decidedOn: '2021-04-01' }, sessionDate: '2022-04-02' })).toMatchObject({ rulebookId: 'dreets-2021', passed: false });
  });

  it('decides the same where the law did not change: a refusal stays a refusal', () => {
    const refused = { ...vae, admissibility: { outcome: 'not-admissible' as const, decidedOn: '2015-01-15' as const } };
    expect(judgedOn('2015-03-01', 'VAE-ADMISSIBILITY', { ...refused, sessionDate: '2015-03-01' }).passed).toBe(false);
    expect(judgedOn('2026-03-01', 'VAE-ADMISSIBILITY', { ...refused, admissibility: { ...refused.admissibility, decidedOn: '2026-01-15' }, sessionDate: '2026-03-01' }).passed).toBe(false);
  });
});

describe('JURY-PROFESSIONALS and VAE-JURY (date read: the session’s)', () => {
  const one = [{ personId: 'm-1', professional: true, trainerOfCandidate: false }];
  const two = [...one, { personId: 'm-2', professional: true, trainerOfCandidate: false }];

  it('holds VAE-JURY from 2024-04-13 only (décret 2024-332), JURY-PROFESSIONALS in every regime', () => {
    expect(rulebookInForceAt('2024-04-12')?.rules['VAE-JURY'].notInForce).toBe(true);
    expect(rulebookInForceAt('2024-04-13')?.rules['VAE-JURY'].notInForce).toBeUndefined();
    expect(rulebookInForceAt('2024-04-13')?.rules['JURY-PROFESSIONALS']).toBe(SEED_2009.rules['JURY-PROFESSIONALS']);
  });

  it('refuses a VAE jury of one member from 2024-04-13, accepted the day before', () => {
    expect(judgedOn('2024-04-12', 'VAE-JURY', { pathwayType: 'vae', presidentId: 'm-1', members: one }).passed).toBe(true);
    expect(judgedOn('2024-04-13', 'VAE-JURY', { pathwayType: 'vae', presidentId: 'm-1', members: one })).toMatchObject({ rulebookId: 'vae-jury-2024', passed: false });
    expect(judgedOn('2024-04-13', 'VAE-JURY', { pathwayType: 'vae', presidentId: 'm-1', members: two }).passed).toBe(true);
  });

  it('refuses a VAE jury without a president, or whose president does not sit on it', () => {
    expect(judgedOn('2026-01-10', 'VAE-JURY', { pathwayType: 'vae', presidentId: null, members: two }).explanation.en).toBe('VAE jury without a designated president.');
    expect(judgedOn('2026-01-10', 'VAE-JURY', { pathwayType: 'vae', presidentId: 'm-9', members: two }).passed).toBe(false);
    expect(judgedOn('2026-01-10', 'VAE-JURY', { pathwayType: 'vae', presidentId: 'm-2', members: two }).passed).toBe(true);
  });

  it('refuses a VAE jury with a member linked to the candidate (declared conflict of interest, or their trainer)', () => {
    const conflicted = [...one, { personId: 'm-2', professional: true, trainerOfCandidate: false, declaredConflict: true }];
    expect(judgedOn('2026-01-10', 'VAE-JURY', { pathwayType: 'vae', presidentId: 'm-1', members: conflicted }).explanation.en).toBe('VAE jury member(s) linked to the candidate: m-2.');
  });

  it('leaves the jury of a candidate who is not on a VAE pathway to JURY-PROFESSIONALS', () => {
    expect(judgedOn('2026-01-10', 'VAE-JURY', { pathwayType: 'continuous-training', presidentId: null, members: one }).passed).toBe(true);
  });

  it('decides the same where the law did not change: one professional for a continuous-training candidate, a trainer refused', () => {
    for (const date of ['2015-01-10', '2026-01-10'] as const) {
      expect(judgedOn(date, 'JURY-PROFESSIONALS', { members: one }).passed).toBe(true);
      const trainer = { personId: 'm-1', professional: true, trainerOfCandidate: true };
      expect(judgedOn(date, 'JURY-PROFESSIONALS', { members: [trainer, { ...trainer, personId: 'm-2', trainerOfCandidate: false }] }).passed).toBe(false);
    }
  });
});

describe('wording follows the regime, codes stay', () => {
  it('names the DIRECCTE until 2021-03-31 and the DREETS from 2021-04-01', () => {
    expect(rulebookInForceAt('2021-03-31')?.wording.authorityShort).toBe('DIRECCTE');
    expect(rulebookInForceAt('2021-04-01')?.wording.authorityShort).toBe('DREETS');
  });

  it('prints level III as "niveau III" until 2019-01-09 and "niveau 5" from 2019-01-10', () => {
    const before = rulebookInForceAt('2019-01-09');
    const after = rulebookInForceAt('2019-01-10');
    expect(before && levelLabel(before.wording, 'III').fr).toBe('niveau III');
    expect(after && levelLabel(after.wording, 'III').fr).toBe('niveau 5');
    expect(before && levelLabel(before.wording, '5').fr).toBe('niveau III');
  });

  it('calls the dossier DSPP until 2016-05-31 and dossier professionnel after, under the same key', () => {
    const facts = { titleCcpCodes: ['CCP1', 'CCP2'], trainingEvaluations: false, dsppCcpCodes: ['CCP1'], practicalAssessment: true, juryInterview: true };
    const seed = judgedOn('2016-05-31', 'EVIDENCE-VAE', facts);
    const reformed = judgedOn('2016-06-01', 'EVIDENCE-VAE', facts);
    expect(seed).toMatchObject({ passed: false, details: { problems: ['dspp:CCP2'] } });
    expect(reformed).toMatchObject({ passed: false, details: { problems: ['dspp:CCP2'] } });
    expect(seed.explanation.fr).toContain('DSPP pour l');
    expect(reformed.explanation.fr).toContain('dossier professionnel (DP) pour l');
    const wording = rulebookInForceAt('2026-01-01')?.wording;
    expect(wording && practiceDossierFor(wording, 'CCP1').en).toBe('dossier professionnel (DP) for activité type CCP1');
  });

  it('has ISSUER name the authority of the day', () => {
    const facts = { document: 'parchment' as const, issuer: { kind: 'regional-office' as const, region: 'idf' } };
    expect(judgedOn('2020-06-01', 'ISSUER', facts).explanation.fr).toContain('Unité Territoriale');
    expect(judgedOn('2022-06-01', 'ISSUER', facts).explanation.fr).toContain('DREETS');
  });
});
