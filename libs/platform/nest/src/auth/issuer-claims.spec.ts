import { openIdIssuerSchema, type OpenIdIssuer } from '../config/openid-config';
import { InvalidTokenError } from './caller-claims';
import { titreproClaimsOf } from './issuer-claims';

const issuer = (entry: Partial<OpenIdIssuer> & Pick<OpenIdIssuer, 'kind'>): OpenIdIssuer =>
  openIdIssuerSchema.parse({ issuer: 'https://idp.example.gouv.fr', audience: 'titrepro', ...entry });

describe('the claims of an issuer mapped to titrepro`s', () => {
  it('reads role and region at the configured dot paths of a ProConnect-style token', async () => {
    const payload = { sub: 'a1b2', email: 'agent@idf.gouv.fr', siret: '13002526500013', titrepro: { role: 'jury-member', region: 'idf' } };
    await expect(titreproClaimsOf(payload, issuer({ kind: 'agents', claims: { role: 'titrepro.role', region: 'titrepro.region' } }), undefined)).resolves.toEqual({
      sub: 'a1b2',
      role: 'jury-member',
      region: 'idf',
    });
  });

  it('takes the role from the first listed group and the region from the entry', async () => {
    const entry = issuer({ kind: 'agents', region: 'bre', groups: { claim: 'groups', roles: { 'tp-officers': 'regional-officer', 'tp-audit': 'auditor' } } });
    await expect(titreproClaimsOf({ sub: 'x', groups: ['staff', 'tp-officers'] }, entry, undefined)).resolves.toMatchObject({ role: 'regional-officer', region: 'bre' });
  });

  it('keeps an auditor`s scope, and never invents one', async () => {
    const entry = issuer({ kind: 'agents', claims: { auditor_scope: 'scope' } });
    await expect(titreproClaimsOf({ sub: 'x', role: 'auditor', region: 'idf', scope: 'national' }, entry, undefined)).resolves.toMatchObject({ auditor_scope: 'national' });
    await expect(titreproClaimsOf({ sub: 'x', role: 'auditor', region: 'idf' }, entry, undefined)).resolves.not.toHaveProperty('auditor_scope');
  });

  it.each(['candidate', 'service'])('refuses role %s from an agents` provider', async (role) => {
    await expect(titreproClaimsOf({ sub: 'x', role, region: 'idf' }, issuer({ kind: 'agents' }), undefined)).rejects.toThrow(InvalidTokenError);
  });

  it('makes any token of a services` provider a service, whatever role it claims', async () => {
    await expect(titreproClaimsOf({ sub: 'titrepro-service-bre', role: 'regional-officer', region: 'bre' }, issuer({ kind: 'services' }), undefined)).resolves.toEqual({
      sub: 'titrepro-service-bre',
      role: 'service',
      region: 'bre',
    });
  });

  it('maps a candidate`s pairwise subject to the candidate id it was linked to, and refuses one never linked', async () => {
    const links = { candidateIdFor: async (_issuer: string, subject: string) => (subject === 'pairwise-1' ? 'cand-42' : undefined) };
    await expect(titreproClaimsOf({ sub: 'pairwise-1', role: 'auditor' }, issuer({ kind: 'candidates' }), links)).resolves.toEqual({ sub: 'cand-42', role: 'candidate' });
    await expect(titreproClaimsOf({ sub: 'pairwise-2' }, issuer({ kind: 'candidates' }), links)).rejects.toThrow(/not linked to a candidate file/);
  });
});
