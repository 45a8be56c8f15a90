import { defineEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { CandidateLinkCodeIssued } from './candidate-link-code-issued.event';

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
