import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';

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
