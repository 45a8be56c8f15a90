import { actorSubject } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { ROLES, type Caller } from './caller';

/**
 * The claims titrepro reads from a verified token, once the issuer's own claims have been mapped
 * to them: who the caller is (`sub`), what they do (`role`) and where (`region`).
 */
export const callerClaimsSchema = z.object({
  // Recorded as the actor of what the caller does: its limits are checked here, once, so that no command fails on it.
  sub: actorSubject,
  role: z.enum(ROLES),
  region: z.string().min(1),
});

/** Why a token was refused; the guard turns it into a 401 that says so. */
export class InvalidTokenError extends Error {
  override readonly name = 'InvalidTokenError';
}

/** The caller a verified token's (mapped) claims describe, or an InvalidTokenError naming the first bad claim. */
export const callerFromClaims = (payload: unknown): Caller => {
  const claims = callerClaimsSchema.safeParse(payload);
  if (!claims.success) {
    const field = claims.error.issues[0]?.path.join('.') ?? 'claims';
    throw new InvalidTokenError(`bearer token claim "${field}" is missing or invalid`);
  }
  return { subject: claims.data.sub, role: claims.data.role, region: claims.data.region };
};
