// The demo's OpenID provider (infra/oidc/local-provider.mjs) and what the demo's services are told
// to trust it: `npm run demo` starts it on 127.0.0.1:4400, `npm run token` asks it for tokens.
// Development only, like everything here: the service clients' secrets are public.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export const DEMO_OIDC_ISSUER = process.env.LOCAL_OIDC_ISSUER ?? 'http://127.0.0.1:4400';
export const DEMO_AUDIENCE = 'urn:titrepro';
/** Public on purpose (demo): tools/scripts/token.ts follows the same convention. */
export const demoServiceClient = (region) => ({ clientId: `titrepro-service-${region}`, secret: `demo-secret-${region}` });

/** OIDC_ISSUERS and the client credentials of one demo service: its agents and its peers' tokens come from the provider. */
export const demoServiceEnvironment = (region, regions) => ({
  OIDC_ISSUERS: JSON.stringify([
    {
      issuer: DEMO_OIDC_ISSUER,
      audience: DEMO_AUDIENCE,
      kind: 'agents',
      clients: ['titrepro-agents'],
      claims: { role: 'titrepro_role', region: 'titrepro_region', auditor_scope: 'titrepro_auditor_scope' },
    },
    { issuer: DEMO_OIDC_ISSUER, audience: DEMO_AUDIENCE, kind: 'services', clients: regions.map((code) => demoServiceClient(code).clientId), claims: { region: 'titrepro_region' } },
  ]),
  SERVICE_TOKEN_ISSUER: DEMO_OIDC_ISSUER,
  SERVICE_CLIENT_ID: demoServiceClient(region).clientId,
  SERVICE_CLIENT_SECRET: demoServiceClient(region).secret,
  SERVICE_TOKEN_AUDIENCE: DEMO_AUDIENCE,
});

/** Starts the provider (logs to `log`, a file descriptor) and resolves once it listens. */
export const startDemoProvider = (regions, log) =>
  new Promise((resolve, reject) => {
    const { port } = new URL(DEMO_OIDC_ISSUER);
    const settings = {
      port: Number(port),
      audience: DEMO_AUDIENCE,
      accessTokenTtl: 8 * 3600,
      services: regions.map((region) => ({ ...demoServiceClient(region), claims: { titrepro_role: 'service', titrepro_region: region } })),
    };
    const child = spawn(process.execPath, ['infra/oidc/local-provider.mjs'], {
      env: { ...process.env, LOCAL_OIDC_CONFIG: JSON.stringify(settings) },
      stdio: ['ignore', 'pipe', log],
    });
    createInterface({ input: child.stdout }).once('line', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`the OpenID provider exited with ${code}`)));
  });
