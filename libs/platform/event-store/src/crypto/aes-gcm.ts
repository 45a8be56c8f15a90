import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** A personal field as stored: AES-256-GCM ciphertext of its JSON, and the id of the key used. */
export interface SealedValue {
  readonly v: 1;
  readonly kid: string;
  readonly iv: string;
  readonly ct: string;
  readonly tag: string;
}

/** `aad` binds the ciphertext to its subject and field, so it cannot be moved to another field. */
export const seal = (value: unknown, key: Buffer, keyId: string, aad: string): SealedValue => {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ct = Buffer.concat([cipher.update(JSON.stringify(value) ?? 'null', 'utf8'), cipher.final()]);
  return { v: 1, kid: keyId, iv: iv.toString('base64'), ct: ct.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
};

/** Throws when the key is not the one used or the bytes were altered (GCM authentication). */
export const unseal = (sealed: SealedValue, key: Buffer, aad: string): unknown => {
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
  const plain = Buffer.concat([decipher.update(Buffer.from(sealed.ct, 'base64')), decipher.final()]);
  return JSON.parse(plain.toString('utf8'));
};
