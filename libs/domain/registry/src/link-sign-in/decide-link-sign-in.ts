import { conflict, fail, forbidden, ok, type EventsOrRefusal } from '@titrepro/domain-kernel';
import type { CandidateEvent } from '../events/candidate-event-catalogue';
import type { CandidateState } from '../candidate.state';
import type { DecisionInput } from '../shared/decision';
import { actingOn } from '../shared/guards';
import type { IssueLinkCode, LinkCandidateSignIn } from './link-sign-in.command';

/** Issues a code; it replaces any code not used yet, so only the last one shown is valid (LINK-CODE-ONE-ACTIVE). */
export const decideIssueLinkCode = (command: IssueLinkCode, state: CandidateState): EventsOrRefusal<CandidateEvent> => {
  const { data } = command;
  const candidate = actingOn(state, data.candidateId, data.actingRegion);
  if (!candidate.ok) return candidate;
  return ok([{ type: 'CandidateLinkCodeIssued', data: { candidateId: data.candidateId, codeDigest: data.codeDigest, expiresAt: data.expiresAt } }]);
};

/**
 * Links a sign-in with the active code: the code must be the last one issued (LINK-CODE), unused
 * (LINK-CODE-ONCE) and not expired at `now` (LINK-CODE-EXPIRED); the same sign-in is linked at most
 * once (SIGN-IN-LINK-ONCE; the registry also refuses one already linked to another candidate).
 */
export const decideLinkCandidateSignIn = (command: LinkCandidateSignIn, state: CandidateState, { on, now }: DecisionInput): EventsOrRefusal<CandidateEvent> => {
  const { data } = command;
  const candidate = actingOn(state, data.candidateId, data.actingRegion);
  if (!candidate.ok) return candidate;
  const link = candidate.value.signInLink;
  if (link?.subjectDigests.includes(data.subjectDigest)) {
    return fail(conflict(`SIGN-IN-LINK-ONCE: this sign-in is already linked to candidate ${data.candidateId}`));
  }
  if (!link?.code || link.code.digest !== data.codeDigest) {
    return fail(forbidden(`LINK-CODE: this is not the active link code of candidate ${data.candidateId}; ask the regional office for a new one`));
  }
  if (link.code.used) return fail(conflict('LINK-CODE-ONCE: this link code was already used; ask the regional office for a new one'));
  if (now.getTime() > Date.parse(link.code.expiresAt)) {
    return fail(conflict(`LINK-CODE-EXPIRED: this link code expired at ${link.code.expiresAt}; ask the regional office for a new one`));
  }
  return ok([{ type: 'CandidateSignInLinked', data: { candidateId: data.candidateId, subjectDigest: data.subjectDigest, linkedOn: on } }]);
};
