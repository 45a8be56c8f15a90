import { createDocumentLoader, DocumentNotAvailableError } from './document-loader';
import { REGION, registryWith, signingKey } from './testing/test-issuers';

describe('the offline document loader', () => {
  const load = async (url: string) => {
    const registry = await registryWith([signingKey('key-2026')]);
    return (await createDocumentLoader({ didDocumentOf: registry.documentOfDid }))(url);
  };

  it.each([
    'https://www.w3.org/ns/credentials/v2',
    'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    'https://purl.imsglobal.org/spec/ob/v3p0/context.json',
    'https://www.w3.org/ns/did/v1',
    'https://w3id.org/security/multikey/v1',
  ])('serves the bundled context %s', async (url) => {
    const { document, documentUrl } = await load(url);
    expect(documentUrl).toBe(url);
    expect(document['@context']).toBeDefined();
  });

  it('resolves our DID to its document and a DID URL to its verification method', async () => {
    const did = `did:web:titrepro.example.fr:regions:${REGION}`;

    await expect(load(did)).resolves.toMatchObject({ document: { id: did, assertionMethod: [`${did}#key-2026`] } });
    await expect(load(`${did}#key-2026`)).resolves.toMatchObject({
      document: { '@context': 'https://w3id.org/security/multikey/v1', id: `${did}#key-2026`, type: 'Multikey', controller: did },
    });
  });

  it.each([
    'https://www.w3.org/2018/credentials/examples/v1',
    'did:web:titrepro.example.fr:regions:xyz',
    'did:web:titrepro.example.fr:regions:idf#key-1999',
    'https://titrepro.example.fr/regions/idf/status-lists/0',
  ])('refuses %s, naming it, instead of fetching it', async (url) => {
    const error = await load(url).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DocumentNotAvailableError);
    expect((error as Error).message).toContain(url);
  });
});
