import { issueCredential } from './issue-credential';
import { IssuerRegistry } from './issuer-registry';
import type { JsonObject } from './json';
import { HOLDER, HOST, REGION, StatusListStore, registryWith, signingKey, tsgeri } from './testing/test-issuers';
import { StatusCheckError, verifyCredential } from './verify-credential';

const DECISION = '2026-06-30';
const NOW = new Date('2026-07-02T08:00:00Z');

const parchemin = async (registry: IssuerRegistry, index = 7): Promise<JsonObject> =>
  (await issueCredential(registry, { region: REGION, award: { kind: 'title', title: tsgeri() }, holderName: HOLDER, decisionDate: DECISION, status: { list: 0, index } }, NOW))
    .credential;

const achievementOf = (credential: JsonObject): JsonObject => (credential['credentialSubject'] as JsonObject)['achievement'] as JsonObject;

describe('verifying our own credentials', () => {
  let registry: IssuerRegistry;
  let statusLists: StatusListStore;
  const verify = (credential: unknown) => verifyCredential(registry, credential, { statusListCredentialAt: statusLists.credentialAt, now: NOW });

  beforeAll(async () => {
    registry = await registryWith([signingKey('key-2026')]);
    statusLists = new StatusListStore(registry);
    await statusLists.publish(0);
  });

  it('finds a parchemin we signed valid', async () => {
    const credential = await parchemin(registry);
    await expect(verify(credential)).resolves.toEqual({ outcome: 'valid', reasons: [], issuer: registry.didOf(REGION), credentialId: credential['id'] });
  });

  it('finds a parchemin tampered when one character of the achievement name changed', async () => {
    const credential = await parchemin(registry);
    const achievement = achievementOf(credential);
    achievement['name'] = String(achievement['name']).replace('SUPÉRIEUR', 'SUPÉRIEUX');

    const report = await verify(credential);

    expect(report.outcome).toBe('tampered');
    expect(report.reasons.join(' ')).toMatch(/signature/i);
  });

  it('finds a parchemin tampered when its validFrom was moved', async () => {
    const credential = { ...(await parchemin(registry)), validFrom: '2026-06-29T00:00:00+02:00' };
    await expect(verify(credential)).resolves.toMatchObject({ outcome: 'tampered' });
  });

  it('finds a credential signed by a key that is not in the issuer DID document tampered', async () => {
    const impostor = await registryWith([signingKey('key-of-someone-else')]);
    // Same DID (same host and region), other key: it claims our issuer.
    const credential = await parchemin(impostor);
    await expect(verify(credential)).resolves.toMatchObject({ outcome: 'tampered' });
  });

  it('answers unknown-issuer for an issuer DID that is not one of our regions', async () => {
    const credential = await parchemin(registry);
    const other = { ...credential, issuer: { ...(credential['issuer'] as JsonObject), id: 'did:web:titrepro.example.fr:regions:xyz' } };

    const report = await verify(other);

    expect(report.outcome).toBe('unknown-issuer');
    expect(report.reasons[0]).toContain('did:web:titrepro.example.fr:regions:xyz');
  });

  it('answers tampered for what is not a credential at all', async () => {
    await expect(verify('{"not":"an object"}')).resolves.toMatchObject({ outcome: 'tampered' });
    await expect(verify({ issuer: registry.didOf(REGION) })).resolves.toMatchObject({ outcome: 'tampered', reasons: ['no proof'] });
  });

  it('answers revoked once its status list entry is set, though the proof still verifies', async () => {
    const credential = await parchemin(registry, 99);
    await statusLists.revoke(0, 99);

    await expect(verify(credential)).resolves.toMatchObject({ outcome: 'revoked' });
    // Another entry of the same list is untouched.
    await expect(verify(await parchemin(registry, 100))).resolves.toMatchObject({ outcome: 'valid' });

    await statusLists.revoke(0, 99, false);
    await expect(verify(credential)).resolves.toMatchObject({ outcome: 'valid' });
  });
});

describe('a status list that cannot be read', () => {
  it('fails loudly rather than answer for a credential whose revocation list is not published', async () => {
    const registry = await registryWith([signingKey('key-2026')]);
    const credential = await parchemin(registry);

    const verifying = verifyCredential(registry, credential, { statusListCredentialAt: async () => undefined, now: NOW });

    await expect(verifying).rejects.toBeInstanceOf(StatusCheckError);
    await expect(verifying).rejects.toThrow('https://titrepro.example.fr/regions/idf/status-lists/0');
  });

  it("fails loudly when the list published at the credential's URL is another region's", async () => {
    const keys = [signingKey('key-2026')];
    const registry = await IssuerRegistry.create({ host: HOST, regions: new Map([[REGION, { name: 'IDF', keys }], ['bre', { name: 'BRE', keys }]]) });
    const listsOfBre = new StatusListStore(registry, 'bre');
    await listsOfBre.publish(0);
    const listOfBre = await listsOfBre.credentialAt(registry.statusListUrl('bre', 0));
    const credential = await parchemin(registry);

    const verifying = verifyCredential(registry, credential, { statusListCredentialAt: async () => listOfBre, now: NOW });

    await expect(verifying).rejects.toThrow(/[Ii]ssuers .* do not match/);
  });
});

describe('key rotation', () => {
  it('still verifies a credential signed with the old key after a new key was added and signs', async () => {
    const before = await registryWith([signingKey('key-2025')]);
    const oldCredential = await parchemin(before);

    const oldPublicKey = before.didDocumentOf(REGION).verificationMethod[0]?.publicKeyMultibase ?? '';
    // The retired key keeps only its public key; the new one signs.
    const after = await registryWith([{ id: 'key-2025', publicKeyMultibase: oldPublicKey }, signingKey('key-2026')]);
    const statusLists = new StatusListStore(after);
    await statusLists.publish(0);
    const newCredential = await parchemin(after);
    const verify = (credential: JsonObject) => verifyCredential(after, credential, { statusListCredentialAt: statusLists.credentialAt, now: NOW });

    expect((newCredential['proof'] as JsonObject)['verificationMethod']).toBe(`${after.didOf(REGION)}#key-2026`);
    expect((oldCredential['proof'] as JsonObject)['verificationMethod']).toBe(`${after.didOf(REGION)}#key-2025`);
    expect(after.didDocumentOf(REGION).assertionMethod).toEqual([`${after.didOf(REGION)}#key-2025`, `${after.didOf(REGION)}#key-2026`]);
    await expect(verify(oldCredential)).resolves.toMatchObject({ outcome: 'valid' });
    await expect(verify(newCredential)).resolves.toMatchObject({ outcome: 'valid' });
  });

  it('no longer verifies what a key signed once the key is removed from the DID document', async () => {
    const oldCredential = await parchemin(await registryWith([signingKey('key-2025')]));
    const withoutOldKey = await registryWith([signingKey('key-2026')]);
    const statusLists = new StatusListStore(withoutOldKey);
    await statusLists.publish(0);

    const report = await verifyCredential(withoutOldKey, oldCredential, { statusListCredentialAt: statusLists.credentialAt, now: NOW });

    expect(report.outcome).toBe('tampered');
    expect(report.reasons.join(' ')).toContain('#key-2025');
  });
});
