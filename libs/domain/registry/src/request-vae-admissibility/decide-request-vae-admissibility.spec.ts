import { CANDIDATE, declared, experience, on, pathwayOpened, registered, spec, TSGERI, vaeDecided, vaeRequested, withdrawn } from '../spec-support/candidate-fixtures';
import type { DeclaredExperiencePeriod, RequestVaeAdmissibility, RequestVaeAdmissibilityData } from './request-vae-admissibility.command';

const command = (experiencePeriods: readonly DeclaredExperiencePeriod[], overrides: Partial<RequestVaeAdmissibilityData> = {}): RequestVaeAdmissibility => ({
  type: 'RequestVaeAdmissibility',
  data: { candidateId: CANDIDATE, actingRegion: 'idf', pathwayId: 'p-1', experiencePeriods, ...overrides },
});
const onVaePathway = [registered(), pathwayOpened('p-1', 'vae')];

describe('RequestVaeAdmissibility (decider)', () => {
  it('records the periods apart from their descriptions, which are personal data', () => {
    const result = spec.given(onVaePathway).when(
      command([
        declared('2019-01-01', '2021-12-31', { organisation: 'Hôpital Nord', role: 'Technicien' }),
        declared('2022-01-01', '2024-12-31', { organisation: 'Association Relais', role: 'Bénévole informatique', capacity: 'volunteer', relatedToTitle: false }),
      ]),
      on('2025-03-01'),
    );
    expect(result).toEqual({
      ok: true,
      value: [
        {
          type: 'VaeAdmissibilityRequested',
          data: {
            candidateId: CANDIDATE,
            pathwayId: 'p-1',
            titleCode: TSGERI,
            requestedOn: '2025-03-01',
            experiencePeriods: [
              { start: '2019-01-01', end: '2021-12-31', capacity: 'employee', relatedToTitle: true },
              { start: '2022-01-01', end: '2024-12-31', capacity: 'volunteer', relatedToTitle: false },
            ],
            experienceDescriptions: [
              { organisation: 'Hôpital Nord', role: 'Technicien' },
              { organisation: 'Association Relais', role: 'Bénévole informatique' },
            ],
          },
        },
      ],
    });
  });

  it('leads to a pending request holding the periods', () => {
    const periods = [experience('2019-01-01', '2021-12-31')];
    expect(spec.given([...onVaePathway, vaeRequested('p-1', periods)]).state()).toMatchObject({
      pathways: [{ vaeAdmissibility: { status: 'requested', requestedOn: '2025-03-01', periods } }],
    });
  });

  it('accepts a one-day period (both ends inclusive)', () => {
    expect(spec.given(onVaePathway).when(command([declared('2022-05-01', '2022-05-01')]), on('2025-03-01')).ok).toBe(true);
  });

  it('refuses experience declared after the request date, naming the period end, and accepts it up to that day', () => {
    expect(spec.given(onVaePathway).when(command([declared('2023-01-01', '2025-03-02')]), on('2025-03-01'))).toEqual({
      ok: false,
      error: { kind: 'invalid-input', field: 'experiencePeriods[0].end', message: 'is after the request date 2025-03-01' },
    });
    expect(spec.given(onVaePathway).when(command([declared('2020-01-01', '2024-01-01'), declared('2025-04-01', '2025-05-01')]), on('2025-03-01'))).toMatchObject({
      ok: false,
      error: { kind: 'invalid-input', field: 'experiencePeriods[1].start' },
    });
    expect(spec.given(onVaePathway).when(command([declared('2023-01-01', '2025-03-01')]), on('2025-03-01')).ok).toBe(true);
  });

  it('refuses a request on a pathway that is not VAE', () => {
    expect(spec.given([registered(), pathwayOpened('p-1', 'continuous-training')]).when(command([declared('2020-01-01', '2024-01-01')]), on('2025-03-01'))).toMatchObject({
      ok: false,
      error: { kind: 'conflict', message: 'pathway p-1 is a continuous-training pathway; VAE admissibility only concerns a VAE pathway' },
    });
  });

  it('refuses a request on a withdrawn pathway, or an unknown one', () => {
    expect(spec.given([...onVaePathway, withdrawn('p-1')]).when(command([declared('2020-01-01', '2024-01-01')]), on('2025-03-01'))).toMatchObject({
      ok: false,
      error: { kind: 'conflict' },
    });
    expect(spec.given(onVaePathway).when(command([declared('2020-01-01', '2024-01-01')], { pathwayId: 'p-9' }), on('2025-03-01'))).toMatchObject({
      ok: false,
      error: { kind: 'not-found', entity: 'pathway', id: 'p-9' },
    });
  });

  it('refuses a second request while one is pending, or once admissible', () => {
    const pending = [...onVaePathway, vaeRequested('p-1', [experience('2019-01-01', '2021-12-31')])];
    expect(spec.given(pending).when(command([declared('2020-01-01', '2024-01-01')]), on('2025-03-10'))).toMatchObject({ ok: false, error: { kind: 'conflict' } });
    expect(spec.given([...pending, vaeDecided('p-1', 'admissible')]).when(command([declared('2020-01-01', '2024-01-01')]), on('2025-04-01'))).toMatchObject({
      ok: false,
      error: { kind: 'conflict' },
    });
  });

  it('accepts a new request after a negative decision', () => {
    const refused = [...onVaePathway, vaeRequested('p-1', [experience('2023-01-01', '2024-12-31')]), vaeDecided('p-1', 'not-admissible')];
    expect(spec.given(refused).when(command([declared('2020-01-01', '2025-03-31')]), on('2025-04-01')).ok).toBe(true);
  });
});
