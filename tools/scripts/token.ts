import { ROLES, signDevelopmentToken, type Role } from '@titrepro/platform-nest';
import { parseArgs } from 'node:util';
// The flows alone: @titrepro/testing's index loads testcontainers and Kafka clients (~20 s for one token).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { authorizationCodeToken, clientCredentialsToken } from '../../libs/platform/testing/src/openid-flows';

/**
 * Prints a bearer token: npm run token -- --role R --region X [--sub S] [--auditor-scope regional|national].
 * It asks the local OpenID provider `npm run demo` starts (LOCAL_OIDC_ISSUER, http://127.0.0.1:4400)
 * by its real flows: a person signs in by authorization code + PKCE (the account and its claims are
 * registered first); role `service` is the region's deployment, by client credentials.
 * --development-key signs one with the development key instead (or AUTH_SECRET), for services
 * started with ALLOW_DEVELOPMENT_KEY=true; candidates need it until their sign-in is linked to a file.
 * The subject defaults to `<role>@<region>`, a fine actor for an officer, auditor or operator; an
 * assessor's must be their assessorId, a jury member's their memberId, a candidate's their candidateId.
 */
const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    region: { type: 'string' },
    sub: { type: 'string' },
    expires: { type: 'string', default: '8h' },
    'auditor-scope': { type: 'string' },
    'development-key': { type: 'boolean', default: false },
  },
});

const issuer = process.env['LOCAL_OIDC_ISSUER'] ?? 'http://127.0.0.1:4400';
const audience = 'urn:titrepro';
const role = values.role as Role | undefined;
if (!role || !ROLES.includes(role) || !values.region) {
  process.stderr.write(
    `usage: npm run token -- --role <${ROLES.join('|')}> --region <code> [--sub <subject>] [--auditor-scope regional|national] [--development-key [--expires 8h]]\n`,
  );
  process.stderr.write("  --sub: an assessor's assessorId, a jury member's memberId, a candidate's candidateId; others default to <role>@<region>\n");
  process.stderr.write(`  tokens come from the local OpenID provider (${issuer}, started by npm run demo); --development-key signs one instead\n`);
  process.exit(2);
}
const region = values.region;
const subject = values.sub ?? `${role}@${region}`;

const fromProvider = async (): Promise<string> => {
  // The demo's service clients (infra/oidc/demo-provider.mjs): public secrets, development only.
  if (role === 'service') return clientCredentialsToken(issuer, { id: `titrepro-service-${region}`, secret: `demo-secret-${region}` }, audience);
  const claims = {
    titrepro_role: role,
    titrepro_region: region,
    ...(values['auditor-scope'] ? { titrepro_auditor_scope: values['auditor-scope'] } : {}),
    email: `${subject.replace(/[^A-Za-z0-9.-]/g, '-')}@example.gouv.fr`,
  };
  const registered = await fetch(`${issuer}/local/accounts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: subject, claims }) });
  if (registered.status !== 204) throw new Error(`the local provider refused the account (${registered.status})`);
  return authorizationCodeToken(issuer, 'titrepro-agents', subject, audience);
};

const main = async () => {
  if (values['development-key'] || role === 'candidate') {
    if (role === 'candidate' && !values['development-key']) process.stderr.write('(a candidate: development key, their provider sign-in is not linked to a file here)\n');
    const token = await signDevelopmentToken({ role, region, subject } as Parameters<typeof signDevelopmentToken>[0], values.expires);
    process.stdout.write(`${token}\n`);
    if (!process.env['AUTH_SECRET']) process.stderr.write('(development key: accepted only by services started with ALLOW_DEVELOPMENT_KEY=true)\n');
    return;
  }
  try {
    process.stdout.write(`${await fromProvider()}\n`);
  } catch (error) {
    process.stderr.write(`the local OpenID provider at ${issuer} did not give a token: ${(error as Error).message}\n`);
    process.stderr.write('start it with npm run demo (or infra/oidc/start), or sign one with --development-key\n');
    process.exit(1);
  }
};
void main();
