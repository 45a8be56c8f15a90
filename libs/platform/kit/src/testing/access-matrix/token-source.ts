import { signDevelopmentToken, type TokenSubject } from '@titrepro/platform-nest';
import type { LocalOpenIdProvider } from '@titrepro/testing';

/** Where the matrix gets a caller's bearer token: the development key, or a real OpenID provider. */
export interface TokenSource {
  tokenFor(who: TokenSubject): Promise<string>;
}

export const developmentTokens: TokenSource = { tokenFor: (who) => signDevelopmentToken(who) };

/**
 * Tokens from a real OpenID provider by its real flows: agents by authorization code + PKCE, a
 * deployment by client credentials. Candidates keep development tokens: a provider's candidate
 * token names a pairwise subject, which only a registry link turns into a candidate id.
 */
export const openIdTokens = (provider: LocalOpenIdProvider): TokenSource => ({
  tokenFor: (who) => {
    if (who.role === 'candidate') return signDevelopmentToken(who);
    if (who.role === 'service') return provider.serviceToken(who.region ?? 'idf');
    return provider.tokenFor({
      subject: who.subject,
      role: who.role,
      ...(who.region === undefined ? {} : { region: who.region }),
      ...(who.auditorScope === undefined ? {} : { auditorScope: who.auditorScope }),
    });
  },
});
