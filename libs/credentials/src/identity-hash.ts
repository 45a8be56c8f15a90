import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** An Open Badges 3.0 IdentityHash with SHA-256: `sha256$` and the lower-case hex digest. */
export type IdentityHash = `sha256$${string}`;

/**
 * The form of a name that is hashed, so that the spellings a person shows on different papers match:
 * Unicode NFC; accents and other combining marks removed; typographic apostrophes and dashes made
 * ASCII; lower case; runs of white space made one space; trimmed. `Hélène  D’Arcy-Lefèvre` →
 * `helene d'arcy-lefevre`. A verifier must apply exactly this before hashing.
 */
export const normaliseHolderName = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** A fresh salt: 16 random bytes in base64url (22 characters). */
export const newSalt = (): string => randomBytes(16).toString('base64url');

/** `sha256$` + hex(SHA-256(UTF-8(normalised name + salt))), as Open Badges 3.0 defines IdentityHash. */
export const identityHashOf = (name: string, salt: string): IdentityHash =>
  `sha256$${createHash('sha256').update(normaliseHolderName(name) + salt, 'utf8').digest('hex')}`;

/** Whether a name and the salt the candidate holds give this hash. */
export const identityMatches = (identityHash: string, name: string, salt: string): boolean => {
  const expected = Buffer.from(identityHashOf(name, salt));
  const given = Buffer.from(identityHash.toLowerCase());
  return given.length === expected.length && timingSafeEqual(given, expected);
};
