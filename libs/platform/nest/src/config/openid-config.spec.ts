import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { ConfigError, loadConfig } from './load-config';
import { openIdIssuersOf, openIdVariables } from './openid-config';

const schema = z.object(openIdVariables);
const agents = { issuer: 'https://idp.example.gouv.fr', audience: 'titrepro', kind: 'agents', claims: { role: 'titrepro_role' } };

describe('OIDC_ISSUERS and OIDC_ISSUERS_FILE', () => {
  it('reads the issuers from the variable and from the file, together', () => {
    const file = join(tmpdir(), `oidc-issuers-${process.pid}.json`);
    writeFileSync(file, JSON.stringify([{ ...agents, issuer: 'https://other.example.gouv.fr', kind: 'services' }]));
    const config = loadConfig(schema, { OIDC_ISSUERS: JSON.stringify([agents]), OIDC_ISSUERS_FILE: file });
    expect(openIdIssuersOf(config).map((entry) => entry.kind)).toEqual(['agents', 'services']);
    expect(config.OIDC_CLOCK_SKEW_SECONDS).toBe(30);
  });

  it.each([
    ['not JSON', 'not json', /OIDC_ISSUERS is not JSON/],
    ['an unknown kind', JSON.stringify([{ ...agents, kind: 'citizens' }]), /0\.kind/],
    ['a claim mapping to a role that does not exist', JSON.stringify([{ ...agents, groups: { roles: { staff: 'admin' } } }]), /0\.groups\.roles\.staff/],
    ['an unknown field (a typo must not be ignored)', JSON.stringify([{ ...agents, audiance: 'x' }]), /OIDC_ISSUERS/],
    ['an empty list', '[]', /at least one issuer/],
  ])('refuses %s, naming where', (_what, value, message) => {
    expect(() => loadConfig(schema, { OIDC_ISSUERS: value })).toThrow(ConfigError);
    expect(() => loadConfig(schema, { OIDC_ISSUERS: value })).toThrow(message);
  });

  it('refuses a file it cannot read, naming the variable', () => {
    expect(() => loadConfig(schema, { OIDC_ISSUERS_FILE: '/nonexistent/issuers.json' })).toThrow(/OIDC_ISSUERS_FILE cannot be read/);
  });
});
