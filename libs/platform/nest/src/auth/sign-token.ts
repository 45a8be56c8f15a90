import type { KeyObject } from 'node:crypto';
import { SignJWT, type JWTPayload } from 'jose';
import type { AuditorScope, Role } from './caller';
import { developmentSigningKey, TOKEN_AUDIENCE, TOKEN_ISSUER } from './signing-keys';

/**
 * Whom a development or service token names. `region` is dropped for a candidate (their identity is
 * national); an auditor's token always carries `auditor_scope`, `regional` unless told otherwise,
 * written out so that the verifier, which assumes none, reads it.
 */
export interface TokenSubject {
  readonly subject: string;
  readonly role: Role;
  readonly region?: string | undefined;
  readonly auditorScope?: AuditorScope | undefined;
}

/** The titrepro claims (besides `sub`) a token for `who` carries. */
export const claimsOf = (who: TokenSubject): JWTPayload => ({
  role: who.role,
  ...(who.role === 'candidate' || who.region === undefined ? {} : { region: who.region }),
  ...(who.role === 'auditor' ? { auditor_scope: who.auditorScope ?? 'regional' } : {}),
});

/** Signs a token with the development key (or AUTH_SECRET): for `npm run token`, the demo and tests. */
export const signDevelopmentToken = (who: TokenSubject, expiresIn = '8h'): Promise<string> => signTokenWith(developmentSigningKey().key, who, expiresIn);

/** Signs exactly `claims` (plus issuer, audience and times) with the development key: for tests of malformed claims. */
export const signDevelopmentClaims = (subject: string, claims: JWTPayload, expiresIn = '5m'): Promise<string> => signClaims(developmentSigningKey().key, subject, claims, expiresIn);

/** Signs a short-lived HS256 token with `key`: what a service presents on a region-to-region call. */
export const signTokenWith = (key: KeyObject, who: TokenSubject, expiresIn = '5m'): Promise<string> => signClaims(key, who.subject, claimsOf(who), expiresIn);

const signClaims = (key: KeyObject, subject: string, claims: JWTPayload, expiresIn: string): Promise<string> =>
  new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject(subject).setIssuer(TOKEN_ISSUER).setAudience(TOKEN_AUDIENCE).setIssuedAt().setExpirationTime(expiresIn).sign(key);
