import type { CalendarDate, DomainError, Result } from '@titrepro/domain-kernel';
import { conflict, fail, notFound, ok } from '@titrepro/domain-kernel';
import type { Rulebook } from '@titrepro/domain-rulebook';
import type { CandidateState, PathwayState } from '../candidate.state';
import type { CandidateDeciderDependencies } from './dependencies';

export type RegisteredCandidate = Extract<CandidateState, { status: 'registered' }>;

/**
 * The candidate a command may act on: registered, not erased, and of the acting region. Which
 * people may act is the app's business (token roles); that a region only acts for its own
 * candidates is also said here, so no adapter can forget it.
 */
export const actingOn = (state: CandidateState, candidateId: string, actingRegion: string): Result<RegisteredCandidate, DomainError> => {
  if (state.status === 'unregistered') return fail(notFound('candidate', candidateId));
  if (state.candidateId !== candidateId) {
    return fail(conflict(`command for candidate ${candidateId} was sent to the stream of candidate ${state.candidateId}`));
  }
  if (state.status === 'erased') {
    return fail(conflict(`candidate ${candidateId}'s personal data was erased on ${state.erasedOn}; the file is closed`));
  }
  if (state.region !== actingRegion) {
    return fail(conflict(`candidate ${candidateId} belongs to region ${state.region}; region ${actingRegion} may not act for them`));
  }
  return ok(state);
};

export const findPathway = (candidate: RegisteredCandidate, pathwayId: string): Result<PathwayState, DomainError> => {
  const pathway = candidate.pathways.find((each) => each.pathwayId === pathwayId);
  return pathway ? ok(pathway) : fail(notFound('pathway', pathwayId));
};

export const openPathway = (candidate: RegisteredCandidate, pathwayId: string): Result<PathwayState, DomainError> => {
  const found = findPathway(candidate, pathwayId);
  if (!found.ok) return found;
  if (found.value.status !== 'open') return fail(conflict(`pathway ${pathwayId} was withdrawn on ${found.value.withdrawnOn}`));
  return found;
};

export const openVaePathway = (candidate: RegisteredCandidate, pathwayId: string): Result<PathwayState, DomainError> => {
  const found = openPathway(candidate, pathwayId);
  if (!found.ok) return found;
  if (found.value.type !== 'vae') {
    return fail(conflict(`pathway ${pathwayId} is a ${found.value.type} pathway; VAE admissibility only concerns a VAE pathway`));
  }
  return found;
};

/** The rulebook governing a decision taken on `on`. */
export const rulebookFor = (dependencies: CandidateDeciderDependencies, on: CalendarDate): Result<Rulebook, DomainError> => {
  const rulebook = dependencies.rulebooks.rulebookInForceAt(on);
  return rulebook ? ok(rulebook) : fail(conflict(`no rulebook is in force on ${on}`));
};
