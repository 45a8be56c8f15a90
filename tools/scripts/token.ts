import { ROLES, signDevelopmentToken, type Role } from '@titrepro/platform-nest';
import { parseArgs } from 'node:util';

/**
 * Prints a bearer token signed with the development key (or AUTH_SECRET): npm run token -- --role R --region X [--sub S].
 * The subject defaults to `<role>@<region>`, a fine actor for an officer, auditor or operator; an
 * assessor's must be their assessorId, a jury member's their memberId, a candidate's their candidateId.
 * A service accepts development-key tokens only when started with ALLOW_DEVELOPMENT_KEY=true (the demo and docker-compose do).
 */
const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    region: { type: 'string' },
    sub: { type: 'string' },
    expires: { type: 'string', default: '8h' },
  },
});

const role = values.role as Role | undefined;
if (!role || !ROLES.includes(role) || !values.region) {
  process.stderr.write(`usage: npm run token -- --role <${ROLES.join('|')}> --region <code> [--sub <subject>] [--expires 8h]\n`);
  process.stderr.write('  --sub: an assessor\'s assessorId, a jury member\'s memberId, a candidate\'s candidateId; others default to <role>@<region>\n');
  process.exit(2);
}
void signDevelopmentToken({ role, region: values.region, subject: values.sub ?? `${role}@${values.region}` }, values.expires).then(
  (token) => {
    process.stdout.write(`${token}\n`);
    if (!process.env['AUTH_SECRET']) process.stderr.write('(development key: accepted only by services started with ALLOW_DEVELOPMENT_KEY=true)\n');
  },
);
