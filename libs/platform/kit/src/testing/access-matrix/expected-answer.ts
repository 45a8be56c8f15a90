import type { RoleGrant } from '@titrepro/platform-nest';
import type { MatrixCaller } from './matrix-callers';

/** A route's declaration as its OpenAPI operation carries it (`x-titrepro-access`). */
export type DeclaredAccess = Readonly<Record<string, RoleGrant>>;

export type Expected = 'allowed' | 'forbidden' | 'unauthenticated';

/** What the declaration says a caller gets: the guard's rules, read from the declaration alone. */
export const expectedAnswer = (access: DeclaredAccess, { who, relation }: MatrixCaller): Expected => {
  if (!who) return 'unauthenticated';
  const grant = access[who.role];
  if (!grant) return 'forbidden';
  const nationalAuditor = who.role === 'auditor' && who.auditorScope === 'national';
  if (grant.region === 'own' && relation.region !== 'own' && !nationalAuditor) return 'forbidden';
  if (grant.resource !== undefined && relation.resource !== 'own') return 'forbidden';
  return 'allowed';
};

/** Whether a status is that answer: allowed is anything but 401 and 403 (the handler may still say 400, 404, 409). */
export const statusMatches = (expected: Expected, status: number): boolean =>
  expected === 'unauthenticated' ? status === 401 : expected === 'forbidden' ? status === 403 : status !== 401 && status !== 403;
