import type { CandidateEvent } from '@titrepro/domain-registry';

/** The events of a candidate stream that hold the identity (sealed under the candidate's key). */
export type IdentityEvent = Extract<CandidateEvent, { type: 'CandidateRegistered' | 'CandidateFileReceived' }>;

export const carriesIdentity = (event: CandidateEvent): event is IdentityEvent => event.type === 'CandidateRegistered' || event.type === 'CandidateFileReceived';

/** The identity as the stream last recorded it: registration here, or the file received from another region. */
export const latestIdentity = (events: readonly CandidateEvent[]): IdentityEvent | undefined => events.filter(carriesIdentity).at(-1);
