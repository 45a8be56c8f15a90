import { defineCommand, identifier, regionCode, type TypedCommand } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { decideIssueLinkCode, decideLinkCandidateSignIn } from './decide-link-sign-in';

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 digest, 64 lowercase hex digits');

export interface IssueLinkCodeData {
  readonly candidateId: string;
  readonly actingRegion: string;
  /** SHA-256 of the code shown once to the officer; the code itself is never stored. */
  readonly codeDigest: string;
  readonly expiresAt: string;
}

/** The data of IssueLinkCode, as the registry builds it (the code is drawn by the app, not sent). */
export const issueLinkCodeDataSchema: z.ZodType<IssueLinkCodeData, unknown> = z.strictObject({
  candidateId: identifier,
  actingRegion: regionCode,
  codeDigest: sha256Hex,
  expiresAt: z.iso.datetime(),
});

export const issueLinkCodeCommand = defineCommand({ type: 'IssueLinkCode', schema: issueLinkCodeDataSchema, decide: decideIssueLinkCode });

export const parseIssueLinkCode = issueLinkCodeCommand.parse;

/** An officer of the home region issues a one-time sign-in link code for the candidate. */
export type IssueLinkCode = TypedCommand<'IssueLinkCode', IssueLinkCodeData>;

export interface LinkCandidateSignInData {
  readonly candidateId: string;
  /** The region whose registry the candidate presents the code to: their home region. */
  readonly actingRegion: string;
  /** SHA-256 of the code the candidate presented. */
  readonly codeDigest: string;
  /** HMAC-SHA256 of the provider's issuer and subject (see CandidateSignInLinked). */
  readonly subjectDigest: string;
}

export const linkCandidateSignInDataSchema: z.ZodType<LinkCandidateSignInData, unknown> = z.strictObject({
  candidateId: identifier,
  actingRegion: regionCode,
  codeDigest: sha256Hex,
  subjectDigest: sha256Hex,
});

export const linkCandidateSignInCommand = defineCommand({ type: 'LinkCandidateSignIn', schema: linkCandidateSignInDataSchema, decide: decideLinkCandidateSignIn });

export const parseLinkCandidateSignIn = linkCandidateSignInCommand.parse;

/** The candidate, signed in with the candidates' provider, presents the officer's code. */
export type LinkCandidateSignIn = TypedCommand<'LinkCandidateSignIn', LinkCandidateSignInData>;
