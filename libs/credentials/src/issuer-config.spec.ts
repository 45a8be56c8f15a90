import { issuerConfigFromEnv, issuerConfigOf, issuerVariablesSchema } from './issuer-config';
import { didWebDocumentUrl } from './issuer-did';
import { IssuerRegistry, RegionCannotSignError, UnknownRegionError } from './issuer-registry';
import { seedOf } from './testing/test-issuers';

const seed = (label: string): string => Buffer.from(seedOf(label)).toString('base64url');

describe('the issuer configuration', () => {
  const env = (keys: unknown, extra: Record<string, string> = {}) => ({ ISSUER_DID_HOST: 'titrepro.example.fr', ISSUER_KEYS: JSON.stringify(keys), ...extra });

  it('publishes status lists at the scheme and host of the public base URL, as the service serves them (http locally)', async () => {
    const variables = issuerVariablesSchema.parse(env({ idf: [{ id: 'key-1', seed: seed('1') }] }, { ISSUER_DID_HOST: '127.0.0.1%3A3104' }));
    const local = await IssuerRegistry.create(issuerConfigOf(variables, { publicBaseUrl: 'http://127.0.0.1:3104/' }));
    expect(local.statusListUrl('idf', 0)).toBe('http://127.0.0.1:3104/regions/idf/status-lists/0');
    const proxied = await IssuerRegistry.create(issuerConfigOf(variables, { publicBaseUrl: 'https://titres.example.fr/idf' }));
    expect(proxied.statusListUrl('idf', 2)).toBe('https://titres.example.fr/regions/idf/status-lists/2');
    // Without a public address, did:web's: https on the DID's host.
    expect((await IssuerRegistry.create(issuerConfigOf(variables))).statusListUrl('idf', 0)).toBe('https://127.0.0.1:3104/regions/idf/status-lists/0');
  });

  it('reads regions, keys oldest first, and names', async () => {
    const retired = await IssuerRegistry.create(issuerConfigFromEnv(env({ idf: [{ id: 'key-2025', seed: seed('2025') }] })));
    const publicKeyMultibase = retired.didDocumentOf('idf').verificationMethod[0]?.publicKeyMultibase;
    const config = issuerConfigFromEnv(
      env(
        { idf: [{ id: 'key-2025', publicKeyMultibase }, { id: 'key-2026', seed: seed('2026') }], ara: [{ id: 'key-2026', publicKeyMultibase }] },
        { ISSUER_NAMES: JSON.stringify({ idf: 'DREETS Île-de-France' }) },
      ),
    );
    const registry = await IssuerRegistry.create(config);

    expect(registry.regions()).toEqual(['idf', 'ara']);
    expect(registry.profileOf('idf')).toEqual({ id: 'did:web:titrepro.example.fr:regions:idf', type: ['Profile'], name: 'DREETS Île-de-France' });
    expect(registry.profileOf('ara').name).toBe('Unité territoriale ARA');
    expect(registry.didDocumentOf('idf')).toEqual({
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
      id: 'did:web:titrepro.example.fr:regions:idf',
      verificationMethod: [
        { id: 'did:web:titrepro.example.fr:regions:idf#key-2025', type: 'Multikey', controller: 'did:web:titrepro.example.fr:regions:idf', publicKeyMultibase },
        expect.objectContaining({ id: 'did:web:titrepro.example.fr:regions:idf#key-2026', publicKeyMultibase: expect.stringMatching(/^z6Mk/) }),
      ],
      assertionMethod: ['did:web:titrepro.example.fr:regions:idf#key-2025', 'did:web:titrepro.example.fr:regions:idf#key-2026'],
    });
    expect(registry.signerOf('idf').id).toBe('did:web:titrepro.example.fr:regions:idf#key-2026');
    // A region known by its public keys only is verified, not signed for.
    expect(registry.canSign('ara')).toBe(false);
    expect(() => registry.signerOf('ara')).toThrow(RegionCannotSignError);
    expect(() => registry.didDocumentOf('bre')).toThrow(UnknownRegionError);
  });

  it('serves a local DID with its port percent-encoded, resolved at https://127.0.0.1:3104', async () => {
    const registry = await IssuerRegistry.create(
      issuerConfigFromEnv({ ISSUER_DID_HOST: '127.0.0.1%3A3104', ISSUER_KEYS: JSON.stringify({ idf: [{ id: 'k1', seed: seed('local') }] }) }),
    );
    expect(registry.didOf('idf')).toBe('did:web:127.0.0.1%3A3104:regions:idf');
    expect(didWebDocumentUrl(registry.didOf('idf'))).toBe('https://127.0.0.1:3104/regions/idf/did.json');
  });

  it.each([
    ['a seed that is not 32 bytes', { ISSUER_KEYS: JSON.stringify({ idf: [{ id: 'k', seed: 'c2hvcnQ' }] }) }, 'ISSUER_KEYS'],
    ['duplicate key ids', { ISSUER_KEYS: JSON.stringify({ idf: [{ id: 'k', seed: seed('a') }, { id: 'k', seed: seed('b') }] }) }, 'unique'],
    ['a region with no key', { ISSUER_KEYS: JSON.stringify({ idf: [] }) }, 'ISSUER_KEYS'],
    ['a bad region code', { ISSUER_KEYS: JSON.stringify({ 'Île-de-France': [{ id: 'k', seed: seed('a') }] }) }, 'region'],
    ['keys that are not JSON', { ISSUER_KEYS: 'idf=seed' }, 'must be JSON'],
    ['a name for a region without keys', { ISSUER_KEYS: JSON.stringify({ idf: [{ id: 'k', seed: seed('a') }] }), ISSUER_NAMES: '{"bre":"Bretagne"}' }, 'ISSUER_NAMES'],
    ['a host that is a URL', { ISSUER_DID_HOST: 'https://titrepro.example.fr', ISSUER_KEYS: JSON.stringify({ idf: [{ id: 'k', seed: seed('a') }] }) }, 'ISSUER_DID_HOST'],
  ])('refuses %s', (_case, variables, message) => {
    expect(() => issuerConfigFromEnv({ ISSUER_DID_HOST: 'titrepro.example.fr', ...variables })).toThrow(message);
  });
});
