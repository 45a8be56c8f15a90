import type { CalendarDate, DomainError, Result } from '@titrepro/domain-kernel';
import { conflict, fail, forbidden, notFound, ok } from '@titrepro/domain-kernel';
import type { Rulebook } from '@titrepro/domain-rulebook';
import type { CandidateState, PathwayState } from '../candidate.state';
import type { CandidateDeciderDependencies } from './dependencies';

export type RegisteredCandidate = Extract<CandidateState, { status: 'registered' }>;

/**
 * The candidate a command may act on: registered, not erased, and of the acting region (their home
 * region). Which people may act is the app's business (token roles); that only the home region acts
 * is also said here, so no adapter can forget it: another region is refused as `forbidden`, naming
 * the home region.
 */
export const actingOn = (state: CandidateState, candidateId: string, actingRegion: string): Result<RegisteredCandidate, DomainError> => {
  if (state.status === 'unregistered') return fail(notFound('candidate', candidateId));
  if (state.candidateId !== candidateId) {
    return fail(conflict(`command for candidate ${candidateId} was sent to the stream of candidate ${state.candidateId}`));
  }
  switch (state.status) {
    case 'erased':
      return fail(conflict(`candidate ${candidateId}'s personal data was erased on ${state.erasedOn}; the file is closed`));
    case 'handed-over':
      return fail(forbidden(`candidate ${candidateId}'s home region is ${state.region} since ${state.handedOverOn}; region ${actingRegion} may not act for them`));
    case 'incoming':
      return fail(conflict(`candidate ${candidateId}'s file is offered by region ${state.fromRegion} and not accepted yet`));
    case 'receiving':
      return fail(conflict(`candidate ${candidateId}'s file is on its way from region ${state.fromRegion} (accepted on ${state.acceptedOn}); try again in a moment`));
    case 'incoming-refused':
      return fail(forbidden(`candidate ${candidateId}'s home region is ${state.fromRegion}; region ${actingRegion} refused the file on ${state.refusedOn}`));
    case 'registered':
      if (state.region !== actingRegion) {
        return fail(forbidden(`candidate ${candidateId}'s home region is ${state.region}; region ${actingRegion} may not act for them`));
      }
      return ok(state);
    default: {
      const unexpected: never = state;
      throw new Error(`unknown candidate state ${JSON.stringify(unexpected)}`);
    }
  }
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
