import { ROLES, signDevelopmentToken, signTokenWith, type Role } from '@titrepro/platform-nest';
import fc from 'fast-check';
import { createSecretKey, randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { TOKEN_AUDIENCE, TOKEN_ISSUER, developmentSigningKey } from '@titrepro/platform-nest';

/** How a fuzzed request authenticates: not at all, with a broken token, or as a valid caller. */
export type FuzzCredential =
  | { readonly kind: 'none' }
  | { readonly kind: 'broken'; readonly how: 'expired' | 'forged' | 'alg-none' | 'garbage' | 'other-audience' | 'bad-subject' | 'not-bearer' }
  | { readonly kind: 'valid'; readonly role: Role; readonly subject: string; readonly region: string };

const base64url = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** The Authorization header for a credential (undefined: none sent). */
export const authorizationFor = async (credential: FuzzCredential, region: string): Promise<string | undefined> => {
  if (credential.kind === 'none') return undefined;
  if (credential.kind === 'valid') return `Bearer ${await signDevelopmentToken({ role: credential.role, subject: credential.subject, region: credential.region })}`;
  const caller = { role: 'regional-officer' as const, subject: 'officer-1', region };
  switch (credential.how) {
    case 'expired':
      return `Bearer ${await new SignJWT({ role: caller.role, region }).setProtectedHeader({ alg: 'HS256' }).setSubject(caller.subject).setIssuer(TOKEN_ISSUER).setAudience(TOKEN_AUDIENCE).setIssuedAt(1_600_000_000).setExpirationTime(1_600_000_600).sign(developmentSigningKey().key)}`;
    case 'forged':
      return `Bearer ${await signTokenWith(createSecretKey(Buffer.from('not-the-key-of-any-deployment-at-all')), caller, '5m')}`;
    case 'alg-none':
      return `Bearer ${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ sub: caller.subject, role: 'operator', region, iss: TOKEN_ISSUER, aud: TOKEN_AUDIENCE, exp: Math.floor(Date.now() / 1000) + 600 })}.`;
    case 'other-audience':
      return `Bearer ${await new SignJWT({ role: caller.role, region }).setProtectedHeader({ alg: 'HS256' }).setSubject(caller.subject).setIssuer(TOKEN_ISSUER).setAudience('another-system').setIssuedAt().setExpirationTime('5m').sign(developmentSigningKey().key)}`;
    case 'bad-subject':
      return `Bearer ${await signDevelopmentToken({ ...caller, subject: `officer\u202e${'x'.repeat(300)}` })}`;
    case 'garbage':
      return `Bearer ${randomUUID()}.${randomUUID()}`;
    case 'not-bearer':
      return `Basic ${Buffer.from('officer:secret').toString('base64')}`;
  }
};

/**
 * Credentials a fuzzed request carries: mostly valid tokens (with the subjects the world knows),
 * mostly of a role the route admits, sometimes another region's, none, or broken.
 */
const validCredential = (roles: readonly Role[], region: string, subjects: Partial<Record<Role, readonly string[]>>): fc.Arbitrary<FuzzCredential> =>
  fc.constantFrom(...roles).chain((role) =>
    fc.record({
      kind: fc.constant('valid' as const),
      role: fc.constant(role),
      subject: fc.constantFrom(...(subjects[role] ?? []), `${role}@${region}`, randomUUID()),
      region: fc.oneof({ weight: 12, arbitrary: fc.constant(region) }, { weight: 1, arbitrary: fc.constant('zzz') }),
    }),
  );

export const fuzzCredential = (region: string, subjects: Partial<Record<Role, readonly string[]>>, admitted: readonly string[] = []): fc.Arbitrary<FuzzCredential> =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant({ kind: 'none' } as const) },
    {
      weight: 2,
      arbitrary: fc.constantFrom('expired', 'forged', 'alg-none', 'garbage', 'other-audience', 'bad-subject', 'not-bearer').map((how) => ({ kind: 'broken', how }) as const),
    },
    { weight: 4, arbitrary: validCredential(ROLES, region, subjects) },
    // Mostly a role the route admits (its OpenAPI `x-titrepro-roles`), so that requests get past "who are you" and reach the parsers and rules.
    { weight: admitted.length > 0 ? 12 : 0, arbitrary: validCredential(admitted.length > 0 ? (admitted as Role[]) : ROLES, region, subjects) },
  );
