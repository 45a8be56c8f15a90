import { readFileSync, writeFileSync } from 'node:fs';
import type { RoleGrant } from '@titrepro/platform-nest';
import type { PolicedRoute } from './run-access-matrix';

/** docs/authorization.md, from the repository's root. */
export const AUTHORIZATION_DOC = `${__dirname}/../../../../../../docs/authorization.md`;

const ROLE_LABELS: Readonly<Record<string, string>> = {
  'regional-officer': 'regional officer',
  assessor: 'assessor',
  'jury-member': 'jury member',
  candidate: 'candidate',
  auditor: 'auditor',
  service: 'service',
  operator: 'operator',
};

const RESOURCE_LABELS: Readonly<Record<string, string>> = {
  assigned: 'assigned to that candidate',
  'jury-member': "sitting on that session's jury",
  'issuing-region': 'of the region that issued that document',
};

/** One role's grant, as a security officer reads it: "auditor of this region (a national auditor: of any region)". */
const grantInWords = (role: string, grant: RoleGrant): string => {
  const who = ROLE_LABELS[role] ?? role;
  if (role === 'candidate') return grant.resource === 'self' ? 'the candidate, on their own file (wherever it lives)' : 'any candidate';
  const where = grant.region === 'any' ? 'of any region' : role === 'auditor' ? 'of this region (a national auditor: of any region)' : 'of this region';
  const which = grant.resource === 'self' ? ', their own record only' : grant.resource ? `, ${RESOURCE_LABELS[grant.resource] ?? grant.resource}` : '';
  return `${who} ${where}${which}`;
};

/** The section of one service: one row per route, who may call it. */
export const authorizationSection = (service: string, routes: readonly PolicedRoute[]): string => {
  const rows = [...routes]
    .sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method))
    .map((route) => `| \`${route.method.toUpperCase()} ${route.path}\` | ${Object.entries(route.access).map(([role, grant]) => grantInWords(role, grant)).join('; ')} |`);
  return [`<!-- generated:${service} -->`, `### ${service}`, '', `${routes.length} routes need a token; anyone else gets 403, and a request without a valid token 401.`, '', '| Route | Who may call it |', '| --- | --- |', ...rows, `<!-- /generated:${service} -->`].join('\n');
};

const sectionPattern = (service: string) => new RegExp(`<!-- generated:${service} -->[\\s\\S]*?<!-- /generated:${service} -->`);

/** The service's section as docs/authorization.md holds it now ('' if absent). */
export const committedSection = (service: string, file = AUTHORIZATION_DOC): string => sectionPattern(service).exec(readFileSync(file, 'utf8'))?.[0] ?? '';

/**
 * With UPDATE_AUTHORIZATION_DOC=true (`npm run docs:authorization`), writes the service's section
 * into the doc; either way returns what the doc then holds, for the test to compare.
 */
export const syncedSection = (service: string, routes: readonly PolicedRoute[], file = AUTHORIZATION_DOC): string => {
  if (process.env['UPDATE_AUTHORIZATION_DOC'] === 'true') {
    const text = readFileSync(file, 'utf8');
    const fresh = authorizationSection(service, routes);
    writeFileSync(file, sectionPattern(service).test(text) ? text.replace(sectionPattern(service), fresh) : `${text.trimEnd()}\n\n${fresh}\n`);
  }
  return committedSection(service, file);
};
