import { gunzipSync } from 'node:zlib';
import { emptyStatusList, isRevoked, setRevoked, signStatusListCredential, STATUS_LIST_LENGTH, statusListLength } from './status-list';
import { REGION, registryWith, signingKey } from './testing/test-issuers';
import { verifyCredential } from './verify-credential';

const bitsOf = (encodedList: string): Buffer => gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'));

describe('revocation status lists', () => {
  it('hold at least 131,072 entries, none revoked at first', async () => {
    const list = await emptyStatusList();

    expect(STATUS_LIST_LENGTH).toBeGreaterThanOrEqual(131_072);
    await expect(statusListLength(list)).resolves.toBe(131_072);
    expect(bitsOf(list).every((byte) => byte === 0)).toBe(true);
  });

  it('refuses lists shorter than the minimum', async () => {
    await expect(emptyStatusList(1_024)).rejects.toThrow(RangeError);
  });

  it('sets and clears one entry, leaving the others', async () => {
    const revoked = await setRevoked(await emptyStatusList(), 131_071, true);

    await expect(isRevoked(revoked, 131_071)).resolves.toBe(true);
    await expect(isRevoked(revoked, 131_070)).resolves.toBe(false);
    await expect(isRevoked(await setRevoked(revoked, 131_071, false), 131_071)).resolves.toBe(false);
    await expect(setRevoked(revoked, 131_072, true)).rejects.toThrow(RangeError);
  });

  it('numbers entries from the most significant bit of the first byte (Bitstring Status List §4.2)', async () => {
    const bits = bitsOf(await setRevoked(await setRevoked(await emptyStatusList(), 0, true), 42, true));
    expect(bits[0]).toBe(0b1000_0000);
    // 42 = byte 5, bit 2 from the left.
    expect(bits[5]).toBe(0b0010_0000);
  });

  it('is published as a BitstringStatusListCredential signed by the region, which verifies', async () => {
    const registry = await registryWith([signingKey('key-2026')]);
    const url = registry.statusListUrl(REGION, 3);
    const encodedList = await emptyStatusList();

    const credential = await signStatusListCredential(registry, { region: REGION, url, encodedList });

    expect(credential).toMatchObject({
      id: 'https://titrepro.example.fr/regions/idf/status-lists/3',
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: registry.didOf(REGION),
      credentialSubject: { type: 'BitstringStatusList', statusPurpose: 'revocation', encodedList },
      proof: { cryptosuite: 'eddsa-rdfc-2022' },
    });
    await expect(verifyCredential(registry, credential, { statusListCredentialAt: async () => undefined })).resolves.toMatchObject({ outcome: 'valid' });
  });
});
