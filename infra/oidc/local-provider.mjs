// A real OpenID provider on this machine (node-oidc-provider, a certified implementation), for the
// demo, `npm run token` and the tests: what a regional office's ProConnect / FranceConnect is in
// production. Never deploy it: its accounts sign in without a password (devInteractions).
//
// Settings: LOCAL_OIDC_CONFIG (JSON) or LOCAL_OIDC_CONFIG_FILE (a path to the same JSON):
//   port, host            where it listens (127.0.0.1:4400); the issuer is http://host:port
//   keys                  private JWKs (with kid), the first signs, all are published; absent: one ES256 key made at start
//   audience              the resource (audience) the services accept (urn:titrepro); `resources` adds others
//   accessTokenTtl        seconds (300)
//   services              [{ clientId, secret, claims }]: client credentials clients, claims added to their tokens
//   accounts              { accountId: claims }: people; more are added with POST /local/accounts {id, claims}
// Clients for people (authorization code + PKCE, public): titrepro-agents (public subject) and
// titrepro-candidates (pairwise subject, FranceConnect-style), redirect_uri http://127.0.0.1/callback.
// Prints one JSON line {"issuer": …} on stdout once it listens.
import { generateKeyPairSync, createHmac, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Provider, { errors } from 'oidc-provider';

const settings = JSON.parse(
  process.env.LOCAL_OIDC_CONFIG_FILE ? readFileSync(process.env.LOCAL_OIDC_CONFIG_FILE, 'utf8') : (process.env.LOCAL_OIDC_CONFIG ?? '{}'),
);
const host = settings.host ?? '127.0.0.1';
const port = settings.port ?? 4400;
const issuer = `http://${host}:${port}`;
const audience = settings.audience ?? 'urn:titrepro';
const resources = new Set([audience, ...(settings.resources ?? [])]);
const accessTokenTtl = settings.accessTokenTtl ?? 300;
const REDIRECT_URI = 'http://127.0.0.1/callback';

const generatedKey = () => {
  const jwk = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
  return { ...jwk, alg: 'ES256', use: 'sig', kid: `local-${randomBytes(6).toString('hex')}` };
};
const keys = settings.keys?.length ? settings.keys : [generatedKey()];
const accounts = new Map(Object.entries(settings.accounts ?? {}));
const services = new Map((settings.services ?? []).map((service) => [service.clientId, service]));
// Per provider run: the pairwise subjects change when it restarts, as they would with another provider.
const pairwiseSalt = settings.pairwiseSalt ?? 'local-openid-provider-pairwise-salt';

const personClient = (clientId, extra = {}) => ({
  client_id: clientId,
  token_endpoint_auth_method: 'none',
  grant_types: ['authorization_code'],
  response_types: ['code'],
  redirect_uris: [REDIRECT_URI],
  ...extra,
});

const provider = new Provider(issuer, {
  clients: [
    personClient('titrepro-agents'),
    personClient('titrepro-candidates', { subject_type: 'pairwise' }),
    ...[...services.values()].map((service) => ({
      client_id: service.clientId,
      client_secret: service.secret,
      grant_types: ['client_credentials'],
      response_types: [],
      redirect_uris: [],
      token_endpoint_auth_method: 'client_secret_basic',
    })),
  ],
  jwks: { keys },
  // Only the keys it was given: ES256 (or the key's own alg) for every token.
  enabledJWA: { idTokenSigningAlgValues: [...new Set(keys.map((key) => key.alg ?? 'ES256'))] },
  clientDefaults: { id_token_signed_response_alg: keys[0].alg ?? 'ES256' },
  cookies: { keys: ['local-openid-provider-cookie-key'] },
  findAccount: (_ctx, id) => (accounts.has(id) ? { accountId: id, claims: () => ({ sub: id, ...accounts.get(id) }) } : undefined),
  claims: { openid: ['sub'], email: ['email'] },
  scopes: ['openid', 'email'],
  subjectTypes: ['public', 'pairwise'],
  pairwiseIdentifier: (_ctx, accountId, client) =>
    createHmac('sha256', pairwiseSalt).update(`${client.sectorIdentifier ?? client.clientId}:${accountId}`).digest('base64url'),
  pkce: { required: () => true },
  ttl: { AccessToken: accessTokenTtl, ClientCredentials: accessTokenTtl, AuthorizationCode: 60, Interaction: 600, Session: 600, Grant: 600 },
  features: {
    devInteractions: { enabled: true },
    clientCredentials: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: (_ctx, _client, oneOf) => oneOf ?? audience,
      useGrantedResource: () => true,
      getResourceServerInfo: (_ctx, resource) => {
        if (!resources.has(resource)) throw new errors.InvalidTarget(`unknown resource ${resource}`);
        return { scope: 'api', audience: resource, accessTokenFormat: 'jwt', accessTokenTTL: accessTokenTtl, jwt: { sign: { alg: keys[0].alg ?? 'ES256' } } };
      },
    },
  },
  // A first-party client: no consent screen, the grant covers what was asked.
  loadExistingGrant: async (ctx) => {
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid email');
    grant.addResourceScope(ctx.oidc.params.resource ?? audience, 'api');
    await grant.save();
    return grant;
  },
  // The claims a resource server reads from the access token: the account's (role, region, siret…) or the service client's.
  extraTokenClaims: (_ctx, token) => {
    if (token.accountId) return token.clientId === 'titrepro-candidates' ? undefined : accounts.get(token.accountId);
    return services.get(token.clientId)?.claims;
  },
});
provider.proxy = false;

// Test and demo helper, not an OpenID endpoint: registers an account and its claims.
provider.use(async (ctx, next) => {
  if (ctx.path === '/local/accounts' && ctx.method === 'POST') {
    const chunks = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    const { id, claims } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (typeof id !== 'string' || !id) ctx.throw(400, 'id is required');
    accounts.set(id, claims ?? {});
    ctx.status = 204;
    return;
  }
  await next();
});

const server = provider.listen(port, host, () => process.stdout.write(`${JSON.stringify({ issuer, kids: keys.map((key) => key.kid) })}\n`));
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
