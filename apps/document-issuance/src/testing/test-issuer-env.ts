import { createHash } from 'node:crypto';

/** A test seed (never a real key): 32 bytes, base64url. */
const seedOf = (label: string): string => createHash('sha256').update(`titrepro issuance test key ${label}`).digest('base64url');

/** The issuers of the tests: idf and bre, one signing key each, under a host nobody resolves. */
export const TEST_ISSUER_ENV = {
  ISSUER_DID_HOST: 'titres.example.fr',
  ISSUER_KEYS: JSON.stringify({ idf: [{ id: 'key-1', seed: seedOf('idf') }], bre: [{ id: 'key-1', seed: seedOf('bre') }] }),
  ISSUER_NAMES: JSON.stringify({ idf: 'DREETS Île-de-France — Unité territoriale de Paris', bre: 'DREETS Bretagne — Unité territoriale d’Ille-et-Vilaine' }),
} as const;
