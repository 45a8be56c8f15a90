import { randomBytes } from 'node:crypto';

/** Where new ids come from (event ids, server-minted entity ids): injected, like the clock. */
export interface IdSource {
  readonly newId: () => string;
}

export const ID_SOURCE = Symbol('ID_SOURCE');

/**
 * UUIDv7 (RFC 9562): 48 bits of Unix milliseconds then 74 random bits. Unique across regions and
 * replicas without coordination, and roughly time-ordered, which keeps b-tree indexes compact.
 */
export const uuidV7 = (now: number = Date.now()): string => {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = 0x70 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

export const uuidV7Source: IdSource = { newId: () => uuidV7() };
