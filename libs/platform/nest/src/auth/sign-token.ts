import type { KeyObject } from 'node:crypto';
import { SignJWT } from 'jose';
import type { Caller } from './caller';
import { developmentSigningKey, TOKEN_AUDIENCE, TOKEN_ISSUER } from './signing-keys';

/** Signs a token with the development key (or AUTH_SECRET): for `npm run token`, the demo and tests. */
export const signDevelopmentToken = (caller: Caller, expiresIn = '8h'): Promise<string> => signTokenWith(developmentSigningKey().key, caller, expiresIn);

/** Signs a short-lived HS256 token with `key`: what a service presents on a region-to-region call. */
export const signTokenWith = (key: KeyObject, caller: Caller, expiresIn = '5m'): Promise<string> =>
  new SignJWT({ role: caller.role, region: caller.region })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(caller.subject)
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(key);
