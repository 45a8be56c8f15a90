import { calendarDate, defineEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { CandidateSignInLinked } from './candidate-sign-in-linked.event';

/** CandidateSignInLinked as stored, version 1: a keyed digest of the subject, never the subject. */
export const candidateSignInLinkedDescriptor = defineEvent<CandidateSignInLinked>({
  type: 'CandidateSignInLinked',
  schemaVersion: 1,
  schema: z.strictObject({ candidateId: z.string(), subjectDigest: z.string().regex(/^[0-9a-f]{64}$/), linkedOn: calendarDate }),
  describe: ({ linkedOn }) => ({
    fr: `Connexion du candidat liée à son dossier le ${linkedOn}`,
    en: `Candidate sign-in linked to the file on ${linkedOn}`,
  }),
});
