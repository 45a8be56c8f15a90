import { defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';

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

/** CandidateLinkCodeIssued as stored, version 1: the code's digest only, never the code. */
export const candidateLinkCodeIssuedDescriptor = defineEvent<CandidateLinkCodeIssued>({
  type: 'CandidateLinkCodeIssued',
  schemaVersion: 1,
  schema: z.strictObject({ candidateId: z.string(), codeDigest: z.string().regex(/^[0-9a-f]{64}$/), expiresAt: z.iso.datetime() }),
  describe: ({ expiresAt }) => ({
    fr: `Code de liaison de connexion émis, valable jusqu'au ${expiresAt}`,
    en: `Sign-in link code issued, valid until ${expiresAt}`,
  }),
});
