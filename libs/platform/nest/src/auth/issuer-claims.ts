import type { JWTPayload } from 'jose';
import type { OpenIdIssuer } from '../config/openid-config';
import { InvalidTokenError } from './caller-claims';

/**
 * Finds the candidate id a provider's (pairwise) subject was linked to by the registry, or
 * undefined if it was never linked (or the link was erased with the candidate).
 */
export interface CandidateSubjectLinks {
  candidateIdFor(issuer: string, subject: string): Promise<string | undefined>;
}

const valueAt = (payload: JWTPayload, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), payload);

const roleFromGroups = (payload: JWTPayload, groups: NonNullable<OpenIdIssuer['groups']>): string | undefined => {
  const value = valueAt(payload, groups.claim);
  const names = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  return names.map((name) => (typeof name === 'string' ? groups.roles[name] : undefined)).find((role) => role !== undefined);
};

/**
 * Maps a verified token of `issuer` to the claims titrepro reads (`sub`, `role`, `region`,
 * `auditor_scope`), which callerFromClaims then checks. What an issuer may say is bounded by its
 * kind: an agents' provider cannot make a candidate or a service, a services' provider only a
 * service, a candidates' provider only the candidate its subject was linked to.
 */
export const titreproClaimsOf = async (
  payload: JWTPayload,
  issuer: OpenIdIssuer,
  links: CandidateSubjectLinks | undefined,
): Promise<Record<string, unknown>> => {
  const read = (claim: 'sub' | 'role' | 'region' | 'auditor_scope') => valueAt(payload, issuer.claims[claim] ?? claim);
  switch (issuer.kind) {
    case 'candidates': {
      if (typeof payload.sub !== 'string') throw new InvalidTokenError('bearer token claim "sub" is missing or invalid');
      const candidateId = await links?.candidateIdFor(issuer.issuer, payload.sub);
      if (!candidateId) throw new InvalidTokenError('this sign-in is not linked to a candidate file: ask the regional office for a link code');
      // A candidate's identity is national: their caller names no region.
      return { sub: candidateId, role: 'candidate' };
    }
    case 'services':
      return { sub: read('sub'), role: 'service', region: issuer.region ?? read('region') };
    case 'agents': {
      const role = issuer.groups ? roleFromGroups(payload, issuer.groups) : read('role');
      if (role === 'candidate' || role === 'service') {
        throw new InvalidTokenError(`bearer token claim "role" may not be "${role}" from an agents' identity provider`);
      }
      const auditorScope = read('auditor_scope');
      return { sub: read('sub'), role, region: issuer.region ?? read('region'), ...(auditorScope === undefined ? {} : { auditor_scope: auditorScope }) };
    }
  }
};
