import { createRemoteJWKSet, errors, type JWTVerifyGetKey } from 'jose';
import type { ReadinessCheckResult } from '../health/readiness-report';

/** The issuer's keys could not be fetched: the service cannot tell a good token from a bad one now (503, not 401). */
export class IssuerKeysUnavailableError extends Error {
  override readonly name = 'IssuerKeysUnavailableError';
}

const FETCH_TIMEOUT_MS = 5_000;

/** Errors of jose's key lookup that are about the token (its kid or alg), not about reaching the provider. */
const TOKEN_ERRORS = [errors.JWKSNoMatchingKey, errors.JWKSMultipleMatchingKeys, errors.JOSEAlgNotAllowed, errors.JOSENotSupported, errors.JWSInvalid];

const fetchJson = async (url: string, what: string): Promise<Record<string, unknown>> => {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { accept: 'application/json' } });
  } catch (error) {
    throw new IssuerKeysUnavailableError(`${what} ${url} did not answer: ${(error as Error).message}`);
  }
  if (!response.ok) throw new IssuerKeysUnavailableError(`${what} ${url} answered ${response.status}`);
  const body: unknown = await response.json().catch(() => undefined);
  if (body === null || typeof body !== 'object') throw new IssuerKeysUnavailableError(`${what} ${url} is not JSON`);
  return body as Record<string, unknown>;
};

/**
 * The published keys of one issuer, found through its discovery document and kept by jose's
 * remote JWKS: cached, and fetched again when a token names a `kid` it does not know (a rotation),
 * at most once per cooldown. Nothing is fetched at start-up, so a provider down then does not stop
 * the service: the first token fetches, and readiness says whether the provider answers.
 */
export class OpenIdIssuerKeys {
  private keySet: JWTVerifyGetKey | undefined;
  private discovering: Promise<JWTVerifyGetKey> | undefined;

  constructor(
    readonly issuer: string,
    private readonly cooldownMs: number,
  ) {}

  /** The key function jwtVerify calls with the token's header. */
  readonly key: JWTVerifyGetKey = async (header, token) => {
    const keySet = await this.resolveKeySet();
    try {
      return await keySet(header, token);
    } catch (error) {
      if (TOKEN_ERRORS.some((kind) => error instanceof kind)) throw error;
      throw new IssuerKeysUnavailableError(`the keys of ${this.issuer} cannot be fetched: ${(error as Error).message}`);
    }
  };

  /** For readiness: does the provider publish its discovery document and keys now? Leaves jose's cache alone. */
  async reachable(): Promise<ReadinessCheckResult> {
    try {
      const jwksUri = await this.discover();
      const jwks = await fetchJson(jwksUri, 'JWKS');
      const keys = Array.isArray(jwks['keys']) ? jwks['keys'].length : 0;
      return keys > 0 ? { status: 'up', details: { keys } } : { status: 'down', details: { message: `${jwksUri} publishes no key` } };
    } catch (error) {
      return { status: 'down', details: { message: (error as Error).message } };
    }
  }

  private resolveKeySet(): Promise<JWTVerifyGetKey> {
    if (this.keySet) return Promise.resolve(this.keySet);
    // One discovery at a time; a failed one is forgotten, so that the next token tries again.
    this.discovering ??= this.discover()
      .then((jwksUri) => {
        this.keySet = createRemoteJWKSet(new URL(jwksUri), { cooldownDuration: this.cooldownMs, timeoutDuration: FETCH_TIMEOUT_MS });
        return this.keySet;
      })
      .finally(() => {
        this.discovering = undefined;
      });
    return this.discovering;
  }

  /** The jwks_uri of the discovery document, which must name this very issuer (else its keys are someone else's). */
  private async discover(): Promise<string> {
    const url = `${this.issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
    const document = await fetchJson(url, 'discovery document');
    if (document['issuer'] !== this.issuer) {
      throw new IssuerKeysUnavailableError(`discovery document ${url} names issuer ${JSON.stringify(document['issuer'])}, not ${this.issuer}`);
    }
    if (typeof document['jwks_uri'] !== 'string') throw new IssuerKeysUnavailableError(`discovery document ${url} has no jwks_uri`);
    return document['jwks_uri'];
  }
}
