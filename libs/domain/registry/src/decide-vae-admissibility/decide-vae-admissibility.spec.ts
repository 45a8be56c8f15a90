import type { ExperiencePeriod } from '@titrepro/domain-rulebook';
import { CANDIDATE, experience, on, pathwayOpened, registered, spec, TSGERI, vaeDecided, vaeRequested } from '../spec-support/candidate-fixtures';
import type { DecideVaeAdmissibility } from './decide-vae-admissibility.command';

const admissible: DecideVaeAdmissibility = { type: 'DecideVaeAdmissibility', data: { candidateId: CANDIDATE, actingRegion: 'idf', pathwayId: 'p-1', outcome: 'admissible' } };
const notAdmissible = (reason: string): DecideVaeAdmissibility => ({
  type: 'DecideVaeAdmissibility',
  data: { candidateId: CANDIDATE, actingRegion: 'idf', pathwayId: 'p-1', outcome: 'not-admissible', reason },
});
const requested = (...periods: ExperiencePeriod[]) => [registered(), pathwayOpened('p-1', 'vae'), vaeRequested('p-1', periods)];
const decisionDay = on('2025-03-15');

describe('DecideVaeAdmissibility (decider) — VAE-EXPERIENCE (seed-2009: at least 36 months)', () => {
  it('refuses "admissible" with 35 months of experience, naming rule VAE-EXPERIENCE and rulebook seed-2009', () => {
    const result = spec.given(requested(experience('2021-01-01', '2023-11-30'))).when(admissible, decisionDay);
    expect(result).toMatchObject({ ok: false, error: { kind: 'rule-violation', ruleId: 'VAE-EXPERIENCE', rulebookId: 'seed-2009' } });
    expect(!result.ok && result.error.kind === 'rule-violation' && result.error.explanation).toEqual({
      fr: expect.stringContaining('35 mois') as string,
      en: expect.stringContaining('at least 36 are needed') as string,
    });
  });

  it('declares admissible with exactly 36 months, recording the months, rulebook, rule and explanation', () => {
    const result = spec.given(requested(experience('2021-01-01', '2023-12-31'))).when(admissible, decisionDay);
    expect(result).toEqual({
      ok: true,
      value: [
        {
          type: 'VaeAdmissibilityDecided',
          data: {
            candidateId: CANDIDATE,
            pathwayId: 'p-1',
            titleCode: TSGERI,
            decidedOn: '2025-03-15',
            outcome: 'admissible',
            reason: null,
            experienceMonths: 36,
            requiredMonths: 36,
            trace: {
              rulebookId: 'seed-2009',
              // The facts VAE-EXPERIENCE read (the request's periods, the decision day), kept so an audit re-runs it.
              rules: [
                {
                  ruleId: 'VAE-EXPERIENCE',
                  subject: null,
                  facts: { periods: [experience('2021-01-01', '2023-12-31')], on: '2025-03-15' },
                  passed: true,
                  explanation: { fr: expect.stringContaining('condition remplie') as string, en: expect.stringContaining('condition met') as string },
                  details: expect.objectContaining({ experienceMonths: 36, requiredMonths: 36 }) as unknown,
                },
              ],
              evidence: [],
              reads: [],
            },
          },
        },
      ],
    });
  });

  it('declares admissible with 37 months', () => {
    expect(spec.given(requested(experience('2021-01-01', '2024-01-31'))).when(admissible, decisionDay)).toMatchObject({
      ok: true,
      value: [{ data: { outcome: 'admissible', experienceMonths: 37 } }],
    });
  });

  it('counts overlapping periods once: two jobs held together for 35 months are 35 months', () => {
    const result = spec.given(requested(experience('2021-01-01', '2023-11-30'), experience('2021-06-01', '2023-11-30', { capacity: 'volunteer' }))).when(admissible, decisionDay);
    expect(result).toMatchObject({ ok: false, error: { kind: 'rule-violation', ruleId: 'VAE-EXPERIENCE' } });
  });

  it('adds up overlapping periods by their union: 2021-01 → 2022-12 and 2022-06 → 2023-12 make 36 months', () => {
    const result = spec.given(requested(experience('2021-01-01', '2022-12-31'), experience('2022-06-01', '2023-12-31', { capacity: 'volunteer' }))).when(admissible, decisionDay);
    expect(result).toMatchObject({ ok: true, value: [{ data: { experienceMonths: 36 } }] });
  });

  it('adds up separate periods as employee and volunteer', () => {
    const result = spec.given(requested(experience('2018-01-01', '2019-06-30'), experience('2020-01-01', '2021-07-03', { capacity: 'volunteer' }))).when(admissible, decisionDay);
    expect(result).toMatchObject({ ok: true, value: [{ data: { experienceMonths: 36 } }] });
  });

  it('does not count periods unrelated to the title, or not as employee or volunteer', () => {
    const result = spec
      .given(requested(experience('2021-01-01', '2023-11-30'), experience('2023-12-01', '2024-12-31', { relatedToTitle: false }), experience('2023-12-01', '2024-12-31', { capacity: 'self-employed' })))
      .when(admissible, decisionDay);
    expect(result).toMatchObject({ ok: false, error: { kind: 'rule-violation', ruleId: 'VAE-EXPERIENCE' } });
  });

  it('lets the officer declare "not admissible" with a reason even when the rule passes, recording the rule verdict', () => {
    const result = spec.given(requested(experience('2015-01-01', '2024-12-31'))).when(notAdmissible("Les activités décrites ne relèvent pas de l'exploitation informatique."), decisionDay);
    expect(result).toMatchObject({
      ok: true,
      value: [
        {
          type: 'VaeAdmissibilityDecided',
          data: {
            outcome: 'not-admissible',
            reason: "Les activités décrites ne relèvent pas de l'exploitation informatique.",
            experienceMonths: 120,
            trace: { rules: [{ ruleId: 'VAE-EXPERIENCE', passed: true }] },
          },
        },
      ],
    });
  });

  it('declares "not admissible" when the rule fails', () => {
    expect(spec.given(requested(experience('2023-01-01', '2024-12-31'))).when(notAdmissible('Moins de trois ans.'), decisionDay)).toMatchObject({
      ok: true,
      value: [{ data: { outcome: 'not-admissible', experienceMonths: 24, trace: { rules: [{ passed: false }] } } }],
    });
  });

  it('refuses a decision without a pending request, and a second decision', () => {
    expect(spec.given([registered(), pathwayOpened('p-1', 'vae')]).when(admissible, decisionDay)).toMatchObject({ ok: false, error: { kind: 'conflict' } });
    const decided = [...requested(experience('2015-01-01', '2024-12-31')), vaeDecided('p-1', 'admissible')];
    expect(spec.given(decided).when(admissible, decisionDay)).toMatchObject({ ok: false, error: { kind: 'conflict' } });
  });

  it('leads to a decided admissibility', () => {
    expect(spec.given([...requested(experience('2015-01-01', '2024-12-31')), vaeDecided('p-1', 'admissible', '2025-03-15')]).state()).toMatchObject({
      pathways: [{ vaeAdmissibility: { status: 'decided', outcome: 'admissible', decidedOn: '2025-03-15', experienceMonths: 40 } }],
    });
  });

  it('refuses an office of another region', () => {
    expect(spec.given(requested(experience('2015-01-01', '2024-12-31'))).when({ ...admissible, data: { ...admissible.data, actingRegion: 'ara' } }, decisionDay)).toMatchObject({
      ok: false,
      error: { kind: 'forbidden' },
    });
  });
});
