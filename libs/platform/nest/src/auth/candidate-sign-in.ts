import { createHmac } from 'node:crypto';

/**
 * The digest a candidates' provider sign-in is linked under: HMAC-SHA256(pepper, issuer + U+0000 +
 * sub), lower-case hex. Keyed, so the digests on Kafka and in every service's table cannot be
 * matched to a subject by whoever does not hold the deployment's pepper; never the sub in clear.
 */
export const candidateSubjectDigest = (pepper: string, issuer: string, subject: string): string =>
  createHmac('sha256', pepper).update(`${issuer}\u0000${subject}`).digest('hex');

/** Injection token of the service's CandidateSubjectLinks (the kit's table of links); optional. */
export const CANDIDATE_SUBJECT_LINKS = Symbol('CANDIDATE_SUBJECT_LINKS');

/**
 * A verified token of a `candidates` issuer, linked or not: what the one route that links a sign-in
 * (the registry's `POST /candidates/:id/sign-in-links`) reads. Every other route only ever sees a
 * linked candidate's Caller.
 */
export interface CandidateSignIn {
  readonly issuer: string;
  /** HMAC digest of issuer and subject (candidateSubjectDigest). */
  readonly subjectDigest: string;
  /** The candidate it is already linked to, if any. */
  readonly linkedTo: string | undefined;
}
