import { PeerCallError } from './region-peers.error';

export interface ClientCredentials {
  /** The identity provider's issuer URL: its token endpoint is read from its discovery document. */
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** The audience the peers' services accept (sent as the RFC 8707 `resource`). */
  readonly audience: string;
}

const TIMEOUT_MS = 10_000;
/** A token is renewed once this share of its life has passed, or a minute before it expires if that comes first. */
const RENEW_AT_SHARE = 0.8;
const RENEW_MARGIN_MS = 60_000;

/**
 * This deployment's own access token for region-to-region calls, by the client credentials grant
 * (client_secret_basic) at the identity provider: asked once, kept, and renewed before it expires,
 * so that a call never carries a token about to lapse in flight. Concurrent callers share one request.
 * A provider that cannot be reached is a transient PeerCallError (the consumer retries the event);
 * a provider refusing the client (wrong secret, unknown client) is not.
 */
export class ClientCredentialsTokens {
  private current: { readonly token: string; readonly renewAt: number } | undefined;
  private pending: Promise<string> | undefined;
  private tokenEndpoint: string | undefined;

  constructor(
    private readonly credentials: ClientCredentials,
    private readonly now: () => number = Date.now,
  ) {}

  token(): Promise<string> {
    if (this.current && this.now() < this.current.renewAt) return Promise.resolve(this.current.token);
    this.pending ??= this.request().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async request(): Promise<string> {
    const asked = this.now();
    const body = await this.post(await this.endpoint(), 'client credentials token', {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${encodeURIComponent(this.credentials.clientId)}:${encodeURIComponent(this.credentials.clientSecret)}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ grant_type: 'client_credentials', resource: this.credentials.audience }),
    });
    const token = body['access_token'];
    const lifetime = body['expires_in'];
    if (typeof token !== 'string' || typeof lifetime !== 'number' || lifetime <= 0) {
      throw new PeerCallError('', 200, `the identity provider ${this.credentials.issuer} answered without access_token and expires_in`);
    }
    const lifetimeMs = lifetime * 1000;
    this.current = { token, renewAt: asked + Math.max(0, Math.min(lifetimeMs * RENEW_AT_SHARE, lifetimeMs - RENEW_MARGIN_MS)) };
    return token;
  }

  private async endpoint(): Promise<string> {
    if (this.tokenEndpoint) return this.tokenEndpoint;
    const discovery = await this.post(`${this.credentials.issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`, 'discovery document', {});
    if (typeof discovery['token_endpoint'] !== 'string') throw new PeerCallError('', 200, `the discovery document of ${this.credentials.issuer} has no token_endpoint`);
    this.tokenEndpoint = discovery['token_endpoint'];
    return this.tokenEndpoint;
  }

  private async post(url: string, what: string, init: RequestInit): Promise<Record<string, unknown>> {
    let response: Response;
    try {
      response = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch (error) {
      throw new PeerCallError('', 0, `the identity provider did not answer (${what}, ${url}): ${(error as Error).message}`, { unreachable: true, cause: error });
    }
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (!response.ok) {
      const reason = [body['error'], body['error_description']].filter((part) => typeof part === 'string').join(': ');
      throw new PeerCallError('', response.status, `the identity provider refused the ${what} (${response.status}${reason ? `, ${reason}` : ''})`);
    }
    return body;
  }
}
