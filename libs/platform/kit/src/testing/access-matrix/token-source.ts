import { signDevelopmentToken, type TokenSubject } from '@titrepro/platform-nest';

/**
 * Where the matrix gets a caller's bearer token. Today the development key signs them; a real
 * OpenID provider's tokens plug in here by passing another source to `runAccessMatrix`.
 */
export interface TokenSource {
  tokenFor(who: TokenSubject): Promise<string>;
}

export const developmentTokens: TokenSource = { tokenFor: (who) => signDevelopmentToken(who) };
