import { z } from 'zod';
import { defineContract } from '../envelope/integration-contract';
import { candidateIdField, instantField } from '../shared-fields';

/**
 * A candidate's sign-in with the candidates' identity provider was linked to their file. Every
 * service keeps digest → candidate id to recognise the candidate's tokens, and forgets it on
 * CandidatePersonalDataErased. The subject never travels: only HMAC-SHA256 under the deployment's
 * CANDIDATE_SUBJECT_PEPPER of issuer + U+0000 + sub.
 */
export const CandidateSignInLinkedV1 = defineContract({
  type: 'CandidateSignInLinked',
  version: 1,
  context: 'registry',
  summary: "A candidate's identity-provider sign-in was linked to their file (a keyed digest of the subject only).",
  schema: z.object({
    candidateId: candidateIdField,
    subjectDigest: z.string().regex(/^[0-9a-f]{64}$/).describe('HMAC-SHA256 of issuer, U+0000 and subject under the deployment pepper, lower-case hex.'),
    linkedAt: instantField,
  }),
});
