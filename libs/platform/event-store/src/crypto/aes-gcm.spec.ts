import { randomBytes } from 'node:crypto';
import { seal, sealBytes, unseal, unsealBytes } from './aes-gcm';

describe('sealing bytes (AES-256-GCM)', () => {
  const key = randomBytes(32);
  const plain = Buffer.concat([Buffer.from('%PDF-1.4 dossier de synthèse '), randomBytes(1024)]);

  it('keeps no plaintext and opens again with the key and the same binding', () => {
    const sealed = sealBytes(plain, key, 'document-1');
    expect(sealed.includes(Buffer.from('dossier'))).toBe(false);
    expect(sealed).toHaveLength(12 + 16 + plain.length);
    expect(unsealBytes(sealed, key, 'document-1').equals(plain)).toBe(true);
  });

  it('does not open with another key, another binding, altered or cut bytes', () => {
    const sealed = sealBytes(plain, key, 'document-1');
    const altered = Buffer.from(sealed);
    altered[40] = (altered[40] ?? 0) ^ 1;
    expect(() => unsealBytes(sealed, randomBytes(32), 'document-1')).toThrow();
    expect(() => unsealBytes(sealed, key, 'document-2')).toThrow();
    expect(() => unsealBytes(altered, key, 'document-1')).toThrow();
    expect(() => unsealBytes(sealed.subarray(0, 20), key, 'document-1')).toThrow('too short');
  });

  it('refuses a personal field whose tag was cut short (Node accepts 4-byte GCM tags unless told the length)', () => {
    const sealed = seal({ name: 'Yanis' }, key, 'k1', 'cand-1\nname');
    const shortTag = { ...sealed, tag: Buffer.from(sealed.tag, 'base64').subarray(0, 4).toString('base64') };
    expect(unseal(sealed, key, 'cand-1\nname')).toEqual({ name: 'Yanis' });
    expect(() => unseal(shortTag, key, 'cand-1\nname')).toThrow();
  });
});
