import type { Journey, RegionCode } from './journey';

/** A person as the office registers them (personal data: sealed by the registry, never on Kafka). */
export interface Person {
  readonly givenNames: readonly string[];
  readonly familyName: string;
  readonly birthDate: string;
  readonly email: string;
}

export type PathwayType = 'continuous-training' | 'vae' | 'discontinuous-training';

/** One period of a dossier de recevabilité. */
export interface ExperiencePeriod {
  readonly organisation: string;
  readonly role: string;
  readonly start: string;
  readonly end: string;
  readonly capacity: 'employee' | 'volunteer';
  readonly relatedToTitle: boolean;
}

export const registerCandidate = async (journey: Journey, region: RegionCode, person: Person): Promise<string> => {
  const { body } = await journey.api(region, 'registry', 'POST', '/candidates', {
    as: journey.officer(region),
    body: { familyName: person.familyName, givenNames: person.givenNames, birthDate: person.birthDate, contact: { email: person.email } },
    expect: [201],
  });
  return String(body['candidateId']);
};

export const openPathway = async (journey: Journey, region: RegionCode, candidateId: string, titleCode: string, pathwayType: PathwayType): Promise<string> => {
  const { body } = await journey.api(region, 'registry', 'POST', `/candidates/${candidateId}/pathways`, { as: journey.officer(region), body: { titleCode, pathwayType }, expect: [201] });
  return String(body['pathwayId']);
};

export const requestVaeAdmissibility = async (journey: Journey, region: RegionCode, candidateId: string, pathwayId: string, experiencePeriods: readonly ExperiencePeriod[]): Promise<void> => {
  await journey.api(region, 'registry', 'POST', `/candidates/${candidateId}/pathways/${pathwayId}/vae-admissibility-requests`, { as: journey.officer(region), body: { experiencePeriods }, expect: [201] });
};

/** The office's answer; `admissible` is refused (422, the rule named) when the rulebook of the request's day says no. */
export const decideVaeAdmissibility = async (
  journey: Journey,
  region: RegionCode,
  candidateId: string,
  pathwayId: string,
  outcome: 'admissible' | 'not-admissible',
  reason?: string,
): Promise<{ status: number; body: Record<string, unknown> }> =>
  journey.api(region, 'registry', 'POST', `/candidates/${candidateId}/pathways/${pathwayId}/vae-admissibility-decision`, {
    as: journey.officer(region),
    body: { outcome, ...(reason ? { reason } : {}) },
    expect: [200, 422],
  });

/** A handover: `from` offers the file, `to` sees the offer (through Kafka) and accepts it; `to` is home from then on. */
export const transferFile = async (journey: Journey, candidateId: string, from: RegionCode, to: RegionCode): Promise<void> => {
  await journey.api(from, 'registry', 'POST', `/candidates/${candidateId}/transfer`, { as: journey.officer(from), body: { toRegion: to }, expect: [200] });
  await journey.api(to, 'registry', 'POST', `/transfers/incoming/${candidateId}/acceptance`, { as: journey.officer(to), expect: [200], notYet: [404, 409] });
  await journey.api(to, 'registry', 'GET', `/candidates/${candidateId}`, { as: journey.officer(to), expect: [200], notYet: [403, 404, 409] });
};
