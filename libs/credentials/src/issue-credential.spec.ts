import { UnknownCertificateError } from './achievement';
import { identityMatches } from './identity-hash';
import { issueCredential, type IssueCredentialRequest } from './issue-credential';
import type { IssuerRegistry } from './issuer-registry';
import type { JsonObject } from './json';
import { HOLDER, REGION, registryWith, signingKey, tsgeri, advf } from './testing/test-issuers';

const NOW = new Date('2026-07-02T08:00:00Z');

describe('issuing an Open Badges 3.0 credential', () => {
  let registry: IssuerRegistry;
  const request = (overrides: Partial<IssueCredentialRequest> = {}): IssueCredentialRequest => ({
    region: REGION,
    award: { kind: 'title', title: tsgeri() },
    holderName: HOLDER,
    decisionDate: '2026-06-30',
    status: { list: 0, index: 4_242 },
    ...overrides,
  });
  const subjectOf = (credential: JsonObject) => credential['credentialSubject'] as JsonObject & { achievement: JsonObject; identifier: JsonObject[] };

  beforeAll(async () => {
    registry = await registryWith([signingKey('key-2026')]);
  });

  it('makes a parchemin for the title a VC 2.0 OpenBadgeCredential with an eddsa-rdfc-2022 proof', async () => {
    const { credential } = await issueCredential(registry, request(), NOW);

    expect(credential).toMatchObject({
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: 'did:web:titrepro.example.fr:regions:idf', type: ['Profile'] },
      // The decision date's start, in Paris summer time.
      validFrom: '2026-06-30T00:00:00+02:00',
      credentialStatus: {
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: '4242',
        statusListCredential: 'https://titrepro.example.fr/regions/idf/status-lists/0',
      },
      proof: {
        type: 'DataIntegrityProof',
        cryptosuite: 'eddsa-rdfc-2022',
        proofPurpose: 'assertionMethod',
        verificationMethod: 'did:web:titrepro.example.fr:regions:idf#key-2026',
        created: '2026-07-02T08:00:00Z',
      },
    });
    expect(String(credential['id'])).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(subjectOf(credential).achievement).toMatchObject({
      type: ['Achievement'],
      achievementType: 'Diploma',
      name: 'TECHNICIEN(NE) SUPÉRIEUR(E) GESTIONNAIRE EXPLOITANT(E) DE RESSOURCES INFORMATIQUES',
      humanCode: 'TP-00495',
      inLanguage: 'fr',
      alignment: [{ targetCode: '5', targetName: 'Niveau 5', targetFramework: 'Cadre national des certifications professionnelles (RNCP)' }],
    });
  });

  it('identifies the holder only by a salted hash of the name, and returns the salt apart', async () => {
    const { credential, salt, identityHash } = await issueCredential(registry, request(), NOW);
    const json = JSON.stringify(credential);

    expect(subjectOf(credential).identifier).toEqual([{ type: 'IdentityObject', identityType: 'name', hashed: true, identityHash }]);
    expect(identityMatches(identityHash, HOLDER, salt)).toBe(true);
    // As a verifier would: the name on the holder's papers, even spelt without accents.
    expect(identityMatches(identityHash, 'HELENE D\'ARCY-LEFEVRE', salt)).toBe(true);
    expect(identityMatches(identityHash, 'Hélène Darcy', salt)).toBe(false);
    expect(json).not.toContain(salt);
    for (const part of ['Hélène', 'helene', 'HELENE', 'Arcy', 'arcy', 'Lefèvre', 'lefevre']) expect(json).not.toContain(part);
  });

  it('gives two credentials of one holder different hashes (fresh salt each time)', async () => {
    const first = await issueCredential(registry, request(), NOW);
    const second = await issueCredential(registry, request(), NOW);
    expect(first.identityHash).not.toBe(second.identityHash);
  });

  it("makes a livret entry for a CCP a Certificate naming the CCP, its compétences and its session (BOOKLET)", async () => {
    const { credential } = await issueCredential(
      registry,
      request({ award: { kind: 'ccp', title: tsgeri(), ccpCode: 'CCP2' }, session: { id: 'session-0042', label: 'du 30 juin 2026' } }),
      NOW,
    );

    expect(subjectOf(credential).achievement).toMatchObject({
      id: 'urn:titrepro:title:TP-00495:v1:ccp:CCP2',
      achievementType: 'Certificate',
      name: 'EXPLOITER ET ADMINISTRER LES SERVICES FOURNIS PAR LA PRODUCTION INFORMATIQUE',
      humanCode: 'TP-00495-CCP2',
    });
    expect(String((subjectOf(credential).achievement['criteria'] as JsonObject)['narrative'])).toContain('- Mettre en œuvre la protection du système d\'information.');
    expect(credential['evidence']).toEqual([{ type: ['Evidence'], name: 'Session de validation du 30 juin 2026', narrative: 'Session session-0042' }]);
    expect(credential['name']).toMatch(/^Livret de certification — /);
  });

  it('makes a parchemin for a CCS a Certificate (PARCHMENT)', async () => {
    const { credential } = await issueCredential(registry, request({ award: { kind: 'ccs', title: advf(), ccsCode: 'CCS1' } }), NOW);
    expect(subjectOf(credential).achievement).toMatchObject({ achievementType: 'Certificate', humanCode: 'TP-00366-CCS1' });
    expect(credential['name']).toMatch(/^Parchemin — /);
  });

  it('refuses a CCP or CCS the title does not have', async () => {
    await expect(issueCredential(registry, request({ award: { kind: 'ccp', title: tsgeri(), ccpCode: 'CCP9' } }), NOW)).rejects.toBeInstanceOf(
      UnknownCertificateError,
    );
  });

  it('refuses a decision date after today in Paris', async () => {
    await expect(issueCredential(registry, request({ decisionDate: '2026-07-03' }), NOW)).rejects.toThrow('in the future');
  });

  it('dates validFrom at the start of the decision day in Paris winter time too', async () => {
    const { credential } = await issueCredential(registry, request({ decisionDate: '2026-01-15' }), NOW);
    expect(credential['validFrom']).toBe('2026-01-15T00:00:00+01:00');
  });
});
