import type { ExperiencePeriod } from '../facts/vae.facts';
import { evaluateRule } from '../rulebook';
import { SEED_2009 } from '../seed-2009/seed-2009.rulebook';

const period = (start: string, end: string, overrides: Partial<ExperiencePeriod> = {}): ExperiencePeriod => ({
  start,
  end,
  capacity: 'employee',
  relatedToTitle: true,
  ...overrides,
});
const on = '2025-06-01';
const evaluate = (periods: ExperiencePeriod[]) => evaluateRule(SEED_2009, 'VAE-EXPERIENCE', { periods, on });

describe('VAE-EXPERIENCE (seed-2009: 3 years = 36 months)', () => {
  it('refuses 35 months of experience', () => {
    const outcome = evaluate([period('2021-01-01', '2023-11-30')]);
    expect(outcome).toMatchObject({ passed: false, details: { experienceMonths: 35, requiredMonths: 36 } });
    expect(outcome.explanation.fr).toContain('il en faut au moins 36');
  });

  it('accepts exactly 36 months of experience', () => {
    expect(evaluate([period('2021-01-01', '2023-12-31')])).toMatchObject({ passed: true, details: { experienceMonths: 36 } });
  });

  it('accepts 37 months of experience', () => {
    expect(evaluate([period('2021-01-01', '2024-01-31')])).toMatchObject({ passed: true, details: { experienceMonths: 37 } });
  });

  it('adds up separate periods, as employee and as volunteer: 1096 days from 2018-01-01 reach 36 months', () => {
    const oneDayShort = evaluate([period('2018-01-01', '2019-06-30'), period('2020-01-01', '2021-07-02', { capacity: 'volunteer' })]);
    expect(oneDayShort).toMatchObject({ passed: false, details: { experienceMonths: 35, coveredDays: 1095 } });
    const outcome = evaluate([period('2018-01-01', '2019-06-30'), period('2020-01-01', '2021-07-03', { capacity: 'volunteer' })]);
    expect(outcome).toMatchObject({ passed: true, details: { experienceMonths: 36, countedPeriods: 2 } });
  });

  it('counts overlapping periods once', () => {
    const outcome = evaluate([period('2021-01-01', '2022-12-31'), period('2022-01-01', '2023-11-30', { capacity: 'volunteer' })]);
    expect(outcome).toMatchObject({ passed: false, details: { experienceMonths: 35, countedPeriods: 2 } });
  });

  it('ignores periods unrelated to the title', () => {
    const outcome = evaluate([period('2021-01-01', '2023-11-30'), period('2023-12-01', '2023-12-31', { relatedToTitle: false })]);
    expect(outcome).toMatchObject({ passed: false, details: { experienceMonths: 35, countedPeriods: 1 } });
  });

  it('ignores self-employed and trainee periods: the seed counts salariés and bénévoles', () => {
    const outcome = evaluate([
      period('2021-01-01', '2023-11-30'),
      period('2023-12-01', '2023-12-31', { capacity: 'self-employed' }),
      period('2023-12-01', '2023-12-31', { capacity: 'trainee' }),
    ]);
    expect(outcome).toMatchObject({ passed: false, details: { experienceMonths: 35, countedPeriods: 1 } });
  });

  it('does not count experience after the decision date', () => {
    const outcome = evaluateRule(SEED_2009, 'VAE-EXPERIENCE', { periods: [period('2022-06-03', '2026-12-31')], on });
    expect(outcome).toMatchObject({ passed: false, details: { experienceMonths: 35 } });
  });

  it('explains the count in both languages', () => {
    const outcome = evaluate([period('2021-01-01', '2023-12-31')]);
    expect(outcome.explanation.fr).toContain('36 mois');
    expect(outcome.explanation.en).toContain('36 months');
  });
});
