import { actorSubject } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { AUDITOR_SCOPES, ROLES, type Caller } from './caller';

/**
 * The claims titrepro reads from a verified token, once the issuer's own claims have been mapped
 * to them: who the caller is (`sub`), what they do (`role`), where (`region`, for an agent) and, for
 * an auditor, how far they read (`auditor_scope`). A candidate's token carries their candidate id as
 * `sub` and no region: their identity is national.
 */
export const callerClaimsSchema = z.object({
  // Recorded as the actor of what the caller does: its limits are checked here, once, so that no command fails on it.
  sub: actorSubject,
  role: z.enum(ROLES),
  region: z.string().min(1).optional(),
  auditor_scope: z.enum(AUDITOR_SCOPES).optional(),
});

/** Why a token was refused; the guard turns it into a 401 that says so. */
export class InvalidTokenError extends Error {
  override readonly name = 'InvalidTokenError';
}

const refuse = (claim: string, why = 'is missing or invalid'): never => {
  throw new InvalidTokenError(`bearer token claim "${claim}" ${why}`);
};

/** The caller a verified token's (mapped) claims describe, or an InvalidTokenError naming the first bad claim. */
export const callerFromClaims = (payload: unknown): Caller => {
  const claims = callerClaimsSchema.safeParse(payload);
  if (!claims.success) return refuse(claims.error.issues[0]?.path.join('.') ?? 'claims');
  const { sub: subject, role, region, auditor_scope: auditorScope } = claims.data;
  if (role === 'candidate') {
    // A region on a candidate would be read by nobody: refusing it keeps a mis-mapped provider visible.
    if (region !== undefined) refuse('region', "must be absent for a candidate: a candidate's identity is national");
    if (auditorScope !== undefined) refuse('auditor_scope', 'belongs to an auditor only');
    return { subject, role };
  }
  if (region === undefined) return refuse('region', `is required for role "${role}"`);
  if (role === 'auditor') {
    // Never a default: a regional auditor's token read as national would open every region.
    if (auditorScope === undefined) return refuse('auditor_scope', `is required for an auditor ("${AUDITOR_SCOPES.join('" or "')}")`);
    return { subject, role, region, auditorScope };
  }
  if (auditorScope !== undefined) refuse('auditor_scope', 'belongs to an auditor only');
  return { subject, role, region };
};
