import { deciderSpec } from '@titrepro/domain-kernel';
import { rulebooks } from '@titrepro/domain-rulebook';
import { createCandidateDecider } from '../candidate.decider';
import { CANDIDATE, experience, on, pathwayOpened, registered, specReferential, vaeRequested } from '../spec-support/candidate-fixtures';
import type { DecideVaeAdmissibility } from './decide-vae-admissibility.command';

// The shipped catalogue, every regime since the seed's: VAE-EXPERIENCE reads the request's date.
const spec = deciderSpec(createCandidateDecider({ referential: specReferential, rulebooks }));
const admissible: DecideVaeAdmissibility = { type: 'DecideVaeAdmissibility', data: { candidateId: CANDIDATE, actingRegion: 'idf', pathwayId: 'p-1', outcome: 'admissible' } };
const eighteenMonths = experience('2016-01-01', '2017-06-30');

describe('DecideVaeAdmissibility through the regimes: the rulebook of the request’s day', () => {
  it('refuses 18 months requested on 2017-09-30 under tp-2016 (three years), even when answered on 2017-10-15', () => {
    const result = spec.given([registered(), pathwayOpened('p-1', 'vae'), vaeRequested('p-1', [eighteenMonths], '2017-09-30')]).when(admissible, on('2017-10-15'));
    expect(result).toMatchObject({ ok: false, error: { kind: 'rule-violation', ruleId: 'VAE-EXPERIENCE', rulebookId: 'tp-2016' } });
  });

  it('declares admissible 18 months requested on 2017-10-01 under vae-2017 (one year), naming vae-2017', () => {
    const result = spec.given([registered(), pathwayOpened('p-1', 'vae'), vaeRequested('p-1', [eighteenMonths], '2017-10-01')]).when(admissible, on('2017-10-15'));
    expect(result).toMatchObject({ ok: true, value: [{ data: { trace: { rulebookId: 'vae-2017' }, experienceMonths: 18, requiredMonths: 12 } }] });
  });

  it('declares admissible 3 months requested in 2024 under the rulebook of that day, with no minimum', () => {
    const result = spec.given([registered(), pathwayOpened('p-1', 'vae'), vaeRequested('p-1', [experience('2024-01-01', '2024-03-31')], '2024-06-03')]).when(admissible, on('2024-06-20'));
    expect(result).toMatchObject({ ok: true, value: [{ data: { trace: { rulebookId: 'vae-jury-2024' }, experienceMonths: 3, requiredMonths: 0 } }] });
  });

  it('refuses the same 3 months requested in 2019 under cnc-2019 (one year): where the law changed, the verdict changes', () => {
    const result = spec.given([registered(), pathwayOpened('p-1', 'vae'), vaeRequested('p-1', [experience('2018-09-01', '2018-11-30')], '2019-03-01')]).when(admissible, on('2019-03-20'));
    expect(result).toMatchObject({ ok: false, error: { ruleId: 'VAE-EXPERIENCE', rulebookId: 'cnc-2019' } });
  });
});
