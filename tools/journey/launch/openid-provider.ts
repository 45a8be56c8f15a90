import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { childEnvironment } from './supervised-process';

export const JOURNEY_AUDIENCE = 'urn:titrepro';

/** A region deployment's client credentials at the local provider. Public on purpose (development only); `npm run token` uses the same. */
export const serviceClientOf = (region: string): { readonly clientId: string; readonly secret: string } => ({ clientId: `titrepro-service-${region}`, secret: `demo-secret-${region}` });

/** OIDC_ISSUERS and the service's own client credentials: agents' and peers' tokens come from the provider at `issuer`. */
export const openIdEnvironment = (issuer: string, region: string, regions: readonly string[]): Record<string, string> => ({
  OIDC_ISSUERS: JSON.stringify([
    {
      issuer,
      audience: JOURNEY_AUDIENCE,
      kind: 'agents',
      clients: ['titrepro-agents'],
      claims: { role: 'titrepro_role', region: 'titrepro_region', auditor_scope: 'titrepro_auditor_scope' },
    },
    { issuer, audience: JOURNEY_AUDIENCE, kind: 'services', clients: regions.map((code) => serviceClientOf(code).clientId), claims: { region: 'titrepro_region' } },
  ]),
  SERVICE_TOKEN_ISSUER: issuer,
  SERVICE_CLIENT_ID: serviceClientOf(region).clientId,
  SERVICE_CLIENT_SECRET: serviceClientOf(region).secret,
  SERVICE_TOKEN_AUDIENCE: JOURNEY_AUDIENCE,
});

export interface StartedProvider {
  readonly pid: number | undefined;
  readonly stop: () => Promise<void>;
}

/** infra/oidc/local-provider.mjs on `port`, its log in `log`; resolves once it listens. */
export const startOpenIdProvider = (workspaceRoot: string, port: number, regions: readonly string[], log: string): Promise<StartedProvider> =>
  new Promise((resolve, reject) => {
    const settings = {
      port,
      audience: JOURNEY_AUDIENCE,
      accessTokenTtl: 8 * 3600,
      services: regions.map((region) => ({ ...serviceClientOf(region), claims: { titrepro_role: 'service', titrepro_region: region } })),
    };
    const logFile = openSync(log, 'w');
    const child = spawn(process.execPath, [join(workspaceRoot, 'infra', 'oidc', 'local-provider.mjs')], {
      cwd: workspaceRoot,
      env: childEnvironment({ LOCAL_OIDC_CONFIG: JSON.stringify(settings) }),
      stdio: ['ignore', 'pipe', logFile],
    });
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    const failed = (code: number | null) => reject(new Error(`the OpenID provider exited with ${code} before listening on ${port}: see ${log}`));
    child.once('exit', failed);
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).once('line', () => {
      child.off('exit', failed);
      resolve({
        pid: child.pid,
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
