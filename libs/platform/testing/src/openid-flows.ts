import { createHash, randomBytes } from 'node:crypto';

/** The redirect URI of the local provider's person clients: never called, the code is read from the Location header. */
export const LOCAL_REDIRECT_URI = 'http://127.0.0.1/callback';

/** The cookies a browser would keep between the provider's redirects. */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  keep(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const separator = pair?.indexOf('=') ?? -1;
      if (pair && separator > 0) this.cookies.set(pair.slice(0, separator).trim(), pair.slice(separator + 1).trim());
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

const tokenFrom = async (response: Response, flow: string): Promise<string> => {
  const body = (await response.json().catch(() => ({}))) as { access_token?: unknown; error?: unknown; error_description?: unknown };
  if (!response.ok || typeof body.access_token !== 'string') {
    throw new Error(`${flow} failed (${response.status}): ${String(body.error ?? '')} ${String(body.error_description ?? '')}`);
  }
  return body.access_token;
};

/** The token endpoint of `issuer`, from its discovery document. */
export const tokenEndpointOf = async (issuer: string): Promise<string> => {
  const response = await fetch(`${issuer}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(`discovery of ${issuer} answered ${response.status}`);
  return ((await response.json()) as { token_endpoint: string }).token_endpoint;
};

/** A service's access token by the client credentials grant (client_secret_basic). */
export const clientCredentialsToken = async (issuer: string, client: { id: string; secret: string }, resource: string): Promise<string> => {
  const response = await fetch(await tokenEndpointOf(issuer), {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${encodeURIComponent(client.id)}:${encodeURIComponent(client.secret)}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ grant_type: 'client_credentials', resource }),
  });
  return tokenFrom(response, 'client credentials');
};

/**
 * A person's access token by the authorization code flow with PKCE, as a browser would run it but
 * with fetch: the authorization request, the provider's sign-in interaction (devInteractions:
 * login = the account id), the redirect back with the code, and the code exchanged with the verifier.
 */
export const authorizationCodeToken = async (issuer: string, clientId: string, accountId: string, resource: string): Promise<string> => {
  const jar = new CookieJar();
  const verifier = randomBytes(32).toString('base64url');
  const state = randomBytes(8).toString('base64url');
  const go = async (url: string, init: RequestInit = {}): Promise<string> => {
    const response = await fetch(new URL(url, issuer), { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: jar.header() } });
    jar.keep(response);
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) {
      throw new Error(`authorization code flow: ${url} answered ${response.status} ${(await response.text()).slice(0, 300)}`);
    }
    return location;
  };
  let location = await go(
    `/auth?${new URLSearchParams({
      client_id: clientId,
      response_type: 'code',
      redirect_uri: LOCAL_REDIRECT_URI,
      scope: 'openid email',
      state,
      resource,
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
    })}`,
  );
  // Sign-in (and consent, if the provider asks), until it redirects back to the client.
  for (let step = 0; step < 4 && !location.startsWith(LOCAL_REDIRECT_URI); step++) {
    if (/\/interaction\//.test(location)) {
      const prompt = step === 0 ? 'login' : 'consent';
      location = await go(location, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ prompt, login: accountId, password: 'local' }).toString(),
      });
    } else {
      location = await go(location);
    }
  }
  const callback = new URL(location);
  const code = callback.searchParams.get('code');
  if (!code || callback.searchParams.get('state') !== state) throw new Error(`authorization code flow: no code for ${accountId} (${location})`);
  const response = await fetch(await tokenEndpointOf(issuer), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: LOCAL_REDIRECT_URI, client_id: clientId, code_verifier: verifier, resource }),
  });
  return tokenFrom(response, 'authorization code exchange');
};
