// Builders for the registry's decider specs (not exported from the library).
import { deciderSpec, type DecisionContext } from '@titrepro/domain-kernel';
import { createReferential, findTitle } from '@titrepro/domain-referential';
// The specs state the seed's rules on dates written when it was the only regime; later regimes have specs of their own.
import { applyRule, decisionTrace, type ExperiencePeriod, type PathwayType, SEED_2009, seedRulebookOnly as rulebooks } from '@titrepro/domain-rulebook';
import { createCandidateDecider } from '../candidate.decider';
import type { CandidateEvent } from '../events/candidate-event-catalogue';
import type { DeclaredExperiencePeriod } from '../request-vae-admissibility/request-vae-admissibility.command';

export const TSGERI = 'TP-00495';
/** A second title, to show that PATHWAY is per title. */
export const OTHER_TITLE = 'TP-00002';
/** A title no longer in force. */
export const RETIRED_TITLE = 'TP-00001';

const tsgeri = findTitle(TSGERI);
if (!tsgeri) throw new Error('TSGERI must be shipped');

export const specReferential = createReferential([
  { source: 'tsgeri', data: tsgeri },
  { source: 'other', data: { ...tsgeri, code: OTHER_TITLE, acronym: 'OTHER' } },
  { source: 'retired', data: { ...tsgeri, code: RETIRED_TITLE, acronym: 'RETIRED', validTo: '2015-12-31' } },
]);

export const decider = createCandidateDecider({ referential: specReferential, rulebooks });
export const spec = deciderSpec(decider);

/** Noon in Paris on `date`: unambiguously that calendar day. */
export const on = (date: string): DecisionContext => ({ now: new Date(`${date}T10:00:00Z`) });

export const CANDIDATE = 'c-1';
export const REGION = 'idf';

export const registered = (overrides: Partial<Extract<CandidateEvent, { type: 'CandidateRegistered' }>['data']> = {}): CandidateEvent => ({
  type: 'CandidateRegistered',
  data: {
    candidateId: CANDIDATE,
    region: REGION,
    registeredOn: '2024-01-10',
    familyName: 'Martin',
    givenNames: ['Camille', 'Louise'],
    birthDate: '1990-04-12',
    contact: { email: 'camille.martin@example.org' },
    ...overrides,
  },
});

export const pathwayOpened = (pathwayId: string, pathwayType: PathwayType = 'vae', titleCode = TSGERI): CandidateEvent => ({
  type: 'PathwayOpened',
  data: {
    candidateId: CANDIDATE,
    pathwayId,
    titleCode,
    titleVersion: 1,
    pathwayType,
    openedOn: '2024-02-01',
    trace: decisionTrace(SEED_2009, [applyRule(SEED_2009, 'PATHWAY', { titleCode, requestedType: pathwayType, openPathways: [] })]),
  },
});

export const experience = (start: string, end: string, overrides: Partial<ExperiencePeriod> = {}): ExperiencePeriod => ({
  start,
  end,
  capacity: 'employee',
  relatedToTitle: true,
  ...overrides,
});

export const declared = (start: string, end: string, overrides: Partial<DeclaredExperiencePeriod> = {}): DeclaredExperiencePeriod => ({
  organisation: 'Hôpital Nord',
  role: 'Technicien d’exploitation',
  ...experience(start, end),
  ...overrides,
});

export const vaeRequested = (pathwayId: string, periods: readonly ExperiencePeriod[], requestedOn = '2025-03-01'): CandidateEvent => ({
  type: 'VaeAdmissibilityRequested',
  data: {
    candidateId: CANDIDATE,
    pathwayId,
    titleCode: TSGERI,
    requestedOn,
    experiencePeriods: periods,
    experienceDescriptions: periods.map(() => ({ organisation: 'Hôpital Nord', role: 'Technicien' })),
  },
});

export const vaeDecided = (pathwayId: string, outcome: 'admissible' | 'not-admissible', decidedOn = '2025-03-15'): CandidateEvent => ({
  type: 'VaeAdmissibilityDecided',
  data: {
    candidateId: CANDIDATE,
    pathwayId,
    titleCode: TSGERI,
    decidedOn,
    outcome,
    reason: outcome === 'admissible' ? null : 'Expérience sans rapport avec le titre',
    experienceMonths: 40,
    requiredMonths: 36,
    trace: decisionTrace(SEED_2009, [applyRule(SEED_2009, 'VAE-EXPERIENCE', { periods: [experience('2021-11-01', '2025-02-28')], on: decidedOn })]),
  },
});

export const withdrawn = (pathwayId: string, titleCode = TSGERI): CandidateEvent => ({
  type: 'PathwayWithdrawn',
  data: { candidateId: CANDIDATE, pathwayId, titleCode, withdrawnOn: '2024-06-01' },
});

export const transferred = (toRegion: string, fromRegion = REGION): CandidateEvent => ({
  type: 'CandidateTransferred',
  data: { candidateId: CANDIDATE, fromRegion, toRegion, transferredOn: '2024-07-01' },
});

export const erased = (): CandidateEvent => ({ type: 'CandidatePersonalDataErased', data: { candidateId: CANDIDATE, erasedOn: '2024-08-01' } });
