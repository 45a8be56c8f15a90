import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const IV_LENGTH = 12;
const TAG_LENGTH = 16;

interface Encrypted {
  readonly iv: Buffer;
  readonly ct: Buffer;
  readonly tag: Buffer;
}

const encrypt = (plain: Buffer, key: Buffer, aad: string): Encrypted => {
  const iv = randomBytes(IV_LENGTH);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_LENGTH });
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ct = Buffer.concat([cipher.update(plain), cipher.final()]);
  return { iv, ct, tag: cipher.getAuthTag() };
};

// authTagLength: without it Node accepts a tag cut down to 4 bytes, which is far easier to forge.
const decrypt = ({ iv, ct, tag }: Encrypted, key: Buffer, aad: string): Buffer => {
  const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_LENGTH });
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ct), decipher.final()]);
};

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
  const { iv, ct, tag } = encrypt(Buffer.from(JSON.stringify(value) ?? 'null', 'utf8'), key, aad);
  return { v: 1, kid: keyId, iv: iv.toString('base64'), ct: ct.toString('base64'), tag: tag.toString('base64') };
};

/** Throws when the key is not the one used or the bytes were altered (GCM authentication). */
export const unseal = (sealed: SealedValue, key: Buffer, aad: string): unknown => {
  const plain = decrypt({ iv: Buffer.from(sealed.iv, 'base64'), ct: Buffer.from(sealed.ct, 'base64'), tag: Buffer.from(sealed.tag, 'base64') }, key, aad);
  return JSON.parse(plain.toString('utf8'));
};

/**
 * Seals bytes (a document) as one buffer, `iv (12) | tag (16) | ciphertext`: no JSON or base64 in
 * between, which would cost a third more space and copies of a file of several MB. `aad` binds it
 * to what it belongs to.
 */
export const sealBytes = (plain: Buffer, key: Buffer, aad: string): Buffer => {
  const { iv, ct, tag } = encrypt(plain, key, aad);
  return Buffer.concat([iv, tag, ct]);
};

/** Throws when the key or `aad` is not the one used, or the bytes were altered or cut. */
export const unsealBytes = (sealed: Buffer, key: Buffer, aad: string): Buffer => {
  if (sealed.length < IV_LENGTH + TAG_LENGTH) throw new Error('sealed bytes too short for AES-256-GCM');
  return decrypt({ iv: sealed.subarray(0, IV_LENGTH), tag: sealed.subarray(IV_LENGTH, IV_LENGTH + TAG_LENGTH), ct: sealed.subarray(IV_LENGTH + TAG_LENGTH) }, key, aad);
};
