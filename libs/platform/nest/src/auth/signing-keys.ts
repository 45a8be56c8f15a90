import { createPublicKey, createSecretKey, type KeyObject } from 'node:crypto';
import { ConfigError } from '../config/load-config';

export const TOKEN_ISSUER = 'titrepro';
export const TOKEN_AUDIENCE = 'titrepro';

/**
 * Development-only shared secret, so that `npm run token`, the demo and the tests work out of the
 * box. Anyone who read the repository knows it: a service accepts it only with ALLOW_DEVELOPMENT_KEY=true.
 */
const DEVELOPMENT_SECRET = 'titrepro-development-signing-key-not-for-production';

export interface VerificationKey {
  readonly key: KeyObject;
  readonly algorithms: string[];
}

/**
 * The static key a service verifies `titrepro`-issued tokens with: AUTH_PUBLIC_KEY, else
 * AUTH_SECRET, else the development key if ALLOW_DEVELOPMENT_KEY=true; undefined when the service
 * trusts OpenID issuers only (OIDC_ISSUERS). With neither, a ConfigError naming the variables (the
 * service exits 78). A real key always wins: development tokens are then refused. OpenID issuers
 * and the development key may live side by side, but only when ALLOW_DEVELOPMENT_KEY=true says so.
 */
export const verificationKeyFrom = (settings: {
  AUTH_SECRET?: string | undefined;
  AUTH_PUBLIC_KEY?: string | undefined;
  ALLOW_DEVELOPMENT_KEY: boolean;
  OIDC_ISSUERS?: readonly unknown[] | undefined;
  OIDC_ISSUERS_FILE?: readonly unknown[] | undefined;
}): VerificationKey | undefined => {
  if (settings.AUTH_PUBLIC_KEY) {
    return { key: createPublicKey(settings.AUTH_PUBLIC_KEY), algorithms: ['RS256', 'ES256', 'EdDSA'] };
  }
  if (settings.AUTH_SECRET) return { key: createSecretKey(Buffer.from(settings.AUTH_SECRET)), algorithms: ['HS256'] };
  if (settings.ALLOW_DEVELOPMENT_KEY) return developmentSigningKey();
  if (settings.OIDC_ISSUERS?.length || settings.OIDC_ISSUERS_FILE?.length) return undefined;
  throw new ConfigError([
    'OIDC_ISSUERS (or OIDC_ISSUERS_FILE) is missing: set the identity providers this service trusts (README, "Access / tokens"), ' +
      'or AUTH_SECRET or AUTH_PUBLIC_KEY, or ALLOW_DEVELOPMENT_KEY=true to accept the development key committed in the ' +
      'repository (demo and tests only)',
  ]);
};

/** The key `signDevelopmentToken` signs with: AUTH_SECRET from the environment if set, so tokens match a service given that secret. */
export const developmentSigningKey = (secret = process.env['AUTH_SECRET'] ?? DEVELOPMENT_SECRET): VerificationKey => ({
  key: createSecretKey(Buffer.from(secret)),
  algorithms: ['HS256'],
});
