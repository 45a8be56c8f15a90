import { createPublicKey, createSecretKey, type KeyObject } from 'node:crypto';

export const TOKEN_ISSUER = 'titrepro';
export const TOKEN_AUDIENCE = 'titrepro';

/**
 * Development-only shared secret, so that `npm run token` and the demo work out of the box.
 * Refused when NODE_ENV=production: production sets AUTH_SECRET or AUTH_PUBLIC_KEY.
 */
const DEVELOPMENT_SECRET = 'titrepro-development-signing-key-not-for-production';

export interface VerificationKey {
  readonly key: KeyObject;
  readonly algorithms: string[];
}

export const verificationKeyFrom = (settings: {
  AUTH_SECRET?: string | undefined;
  AUTH_PUBLIC_KEY?: string | undefined;
  NODE_ENV: string;
}): VerificationKey => {
  if (settings.AUTH_PUBLIC_KEY) {
    return { key: createPublicKey(settings.AUTH_PUBLIC_KEY), algorithms: ['RS256', 'ES256', 'EdDSA'] };
  }
  if (settings.AUTH_SECRET) return { key: createSecretKey(Buffer.from(settings.AUTH_SECRET)), algorithms: ['HS256'] };
  if (settings.NODE_ENV === 'production') {
    throw new Error('AUTH_SECRET or AUTH_PUBLIC_KEY is missing: production never uses the development key');
  }
  return developmentSigningKey();
};

export const developmentSigningKey = (secret = process.env['AUTH_SECRET'] ?? DEVELOPMENT_SECRET): VerificationKey => ({
  key: createSecretKey(Buffer.from(secret)),
  algorithms: ['HS256'],
});
