import type { DomainEvent } from '@titrepro/domain-kernel';

/**
 * An officer issued a one-time code the candidate presents, signed in with the candidates'
 * provider, to link that sign-in to this file. Only the code's SHA-256 is kept; a new code
 * replaces the previous one (one active code per candidate). Not published: it is this region's.
 */
export type CandidateLinkCodeIssued = DomainEvent<
  'CandidateLinkCodeIssued',
  {
    readonly candidateId: string;
    readonly codeDigest: string;
    /** ISO instant after which the code is refused (LINK-CODE-EXPIRED). */
    readonly expiresAt: string;
  }
>;
