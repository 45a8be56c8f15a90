import { ServiceUnavailableException } from '@nestjs/common';
import { decodeJwt, errors, jwtVerify, type JWTPayload } from 'jose';
import type { OpenIdIssuer } from '../config/openid-config';
import type { Caller } from './caller';
import { callerFromClaims, InvalidTokenError } from './caller-claims';
import { candidateSubjectDigest, type CandidateSignIn } from './candidate-sign-in';
import { titreproClaimsOf, type CandidateSubjectLinks } from './issuer-claims';
import { IssuerKeysUnavailableError, OpenIdIssuerKeys } from './openid-issuer-keys';
import { TOKEN_AUDIENCE, TOKEN_ISSUER, type VerificationKey } from './signing-keys';

export { InvalidTokenError } from './caller-claims';

/** What an identity provider may sign with: asymmetric only, so that no published key can be used as an HMAC secret. */
export const OPENID_ALGORITHMS = ['RS256', 'ES256', 'EdDSA'];

export interface OpenIdVerification {
  readonly issuers: readonly OpenIdIssuer[];
  readonly clockSkewSeconds: number;
  readonly jwksCooldownSeconds: number;
  /** How a candidates' provider's subject becomes a candidate id; without it, candidate tokens are refused. */
  readonly candidateLinks?: CandidateSubjectLinks;
  /** The key of candidate subject digests (CANDIDATE_SUBJECT_PEPPER); needed to link a sign-in. */
  readonly candidateSubjectPepper?: string;
}

/** Why jose refused a token, in words a caller can act on (the guard answers 401 with it). */
const reasonFor = (error: unknown): string => {
  if (error instanceof errors.JWTExpired) return 'it has expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf') return 'it is not valid yet (nbf in the future)';
    if (error.claim === 'aud') return 'it was issued for another audience';
    if (error.claim === 'iss') return 'it was issued by another issuer';
    return `claim "${error.claim}" ${error.reason}`;
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return `its algorithm is not allowed (accepted: ${OPENID_ALGORITHMS.join(', ')})`;
  if (error instanceof errors.JWKSNoMatchingKey) return 'no published key of its issuer matches it';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'its signature does not verify';
  return (error as Error).message;
};

/**
 * Verifies a bearer token and returns its caller. An OpenID issuer's token (OIDC_ISSUERS) is
 * checked against that issuer's published keys, audience, exp/nbf (with the clock skew) and the
 * asymmetric algorithm allow-list, then its claims are mapped to titrepro's (issuer-claims.ts).
 * A token of issuer `titrepro` is checked against the static key (AUTH_SECRET, AUTH_PUBLIC_KEY or
 * the development key) when the service has one. Every refusal is an InvalidTokenError (401); keys
 * that cannot be fetched are a 503: the token may be good, the service cannot tell now.
 */
export class TokenVerifier {
  /** One key source per issuer URL, shared by its entries (one per kind of client it signs in). */
  private readonly issuers = new Map<string, { readonly keys: OpenIdIssuerKeys; readonly entries: OpenIdIssuer[] }>();

  constructor(
    private readonly staticKey: VerificationKey | undefined,
    private readonly openId: OpenIdVerification = { issuers: [], clockSkewSeconds: 30, jwksCooldownSeconds: 30 },
  ) {
    for (const entry of openId.issuers) {
      const known = this.issuers.get(entry.issuer);
      if (known) known.entries.push(entry);
      else this.issuers.set(entry.issuer, { keys: new OpenIdIssuerKeys(entry.issuer, openId.jwksCooldownSeconds * 1000), entries: [entry] });
    }
  }

  /** The configured providers' keys, for readiness. */
  get openIdIssuers(): readonly OpenIdIssuerKeys[] {
    return [...this.issuers.values()].map(({ keys }) => keys);
  }

  async verify(token: string): Promise<Caller> {
    const unverified = this.unverifiedPayloadOf(token);
    const issuer = this.issuers.get(unverified.iss);
    if (issuer) {
      const client = unverified.client_id ?? unverified.azp;
      const entry = issuer.entries.find((candidate) => !candidate.clients || (typeof client === 'string' && candidate.clients.includes(client)));
      if (!entry) throw new InvalidTokenError(`bearer token refused: client ${JSON.stringify(client)} of ${unverified.iss} is not trusted by this service`);
      return this.verifyOpenId(token, issuer.keys, entry);
    }
    if (unverified.iss === TOKEN_ISSUER && this.staticKey) return this.verifyStatic(token, this.staticKey);
    throw new InvalidTokenError(`bearer token refused: issuer ${JSON.stringify(unverified.iss)} is not trusted by this service`);
  }

  /**
   * The one narrow exception to "a candidates' provider token must be linked": verifies such a
   * token like any other (keys, issuer, audience, expiry, algorithms) but does not require the
   * link, and returns the sign-in's digest instead of a Caller. Used only by the registry's route
   * that links a sign-in (a `@Public()` route that calls this itself, so the guard is unchanged);
   * any other token (agents', services', the static key's) is refused here.
   */
  async verifyCandidateSignIn(token: string): Promise<CandidateSignIn> {
    const unverified = this.unverifiedPayloadOf(token);
    const issuer = this.issuers.get(unverified.iss);
    const client = unverified.client_id ?? unverified.azp;
    const entry = issuer?.entries.find((candidate) => !candidate.clients || (typeof client === 'string' && candidate.clients.includes(client)));
    if (!issuer || entry?.kind !== 'candidates') {
      throw new InvalidTokenError('bearer token refused: only a sign-in with the candidates\' identity provider can be linked to a candidate file');
    }
    const pepper = this.openId.candidateSubjectPepper;
    if (!pepper) throw new ServiceUnavailableException('sign-ins cannot be linked here: CANDIDATE_SUBJECT_PEPPER is not configured');
    const payload = await this.verifiedOpenIdPayload(token, issuer.keys, entry);
    if (typeof payload.sub !== 'string') throw new InvalidTokenError('bearer token claim "sub" is missing or invalid');
    return {
      issuer: entry.issuer,
      subjectDigest: candidateSubjectDigest(pepper, entry.issuer, payload.sub),
      linkedTo: await this.openId.candidateLinks?.candidateIdFor(entry.issuer, payload.sub),
    };
  }

  /** Only to choose the key and the issuer's entry: nothing of it is believed before the signature is checked. */
  private unverifiedPayloadOf(token: string): JWTPayload & { iss: string } {
    let payload: JWTPayload;
    try {
      payload = decodeJwt(token);
    } catch (error) {
      throw new InvalidTokenError(`bearer token refused: not a JWT (${(error as Error).message})`);
    }
    if (typeof payload.iss !== 'string') throw new InvalidTokenError('bearer token refused: it names no issuer ("iss")');
    return payload as JWTPayload & { iss: string };
  }

  private async verifyOpenId(token: string, keys: OpenIdIssuerKeys, entry: OpenIdIssuer): Promise<Caller> {
    const payload = await this.verifiedOpenIdPayload(token, keys, entry);
    return callerFromClaims(await titreproClaimsOf(payload, entry, this.openId.candidateLinks));
  }

  private async verifiedOpenIdPayload(token: string, keys: OpenIdIssuerKeys, entry: OpenIdIssuer): Promise<JWTPayload> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys.key, {
        issuer: entry.issuer,
        audience: entry.audience,
        algorithms: OPENID_ALGORITHMS,
        clockTolerance: this.openId.clockSkewSeconds,
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (error) {
      if (error instanceof IssuerKeysUnavailableError) throw new ServiceUnavailableException(`bearer token cannot be checked now: ${error.message}`);
      throw new InvalidTokenError(`bearer token refused: ${reasonFor(error)}`);
    }
    return payload;
  }

  private async verifyStatic(token: string, key: VerificationKey): Promise<Caller> {
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(token, key.key, { issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE, algorithms: key.algorithms }));
    } catch (error) {
      throw new InvalidTokenError(`bearer token refused: ${reasonFor(error)}`);
    }
    return callerFromClaims(payload);
  }
}
