import { signDevelopmentToken } from './sign-token';
import { developmentSigningKey } from './signing-keys';
import { InvalidTokenError, TokenVerifier } from './token-verifier';

describe('TokenVerifier and the subject a token carries', () => {
  const verifier = new TokenVerifier(developmentSigningKey());
  const tokenFor = (subject: string) => signDevelopmentToken({ subject, role: 'regional-officer', region: 'idf' });

  it.each([
    ['the default subject of npm run token', 'regional-officer@idf'],
    ['an opaque hash of 255 characters', 'a'.repeat(255)],
    ['a name with accents and a space inside', 'agent Élodie'],
  ])('accepts %s, kept as the actor', async (_what, subject) => {
    await expect(verifier.verify(await tokenFor(subject))).resolves.toMatchObject({ subject });
  });

  it.each([
    ['256 characters', 'a'.repeat(256)],
    ['a NUL', 'officer\u0000'],
    ['a line break', 'officer\nidf'],
    ['a right-to-left override', 'officer\u202Eidf'],
    ['a space at an end', ' officer'],
  ])('refuses a subject of %s, naming the claim', async (_what, subject) => {
    await expect(verifier.verify(await tokenFor(subject))).rejects.toThrow(InvalidTokenError);
    await expect(verifier.verify(await tokenFor(subject))).rejects.toThrow(/claim "sub"/);
  });
});
