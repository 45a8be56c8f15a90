import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';

/**
 * A candidates' provider sign-in was linked to this file with the officer's code. The subject is
 * never kept in clear: `subjectDigest` is HMAC-SHA256(pepper, issuer + U+0000 + sub), which every
 * service recomputes from a token to find the candidate (CANDIDATE_SUBJECT_PEPPER).
 */
export type CandidateSignInLinked = DomainEvent<
  'CandidateSignInLinked',
  {
    readonly candidateId: string;
    readonly subjectDigest: string;
    readonly linkedOn: CalendarDate;
  }
>;

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
