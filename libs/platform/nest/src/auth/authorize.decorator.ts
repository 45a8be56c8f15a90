import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension } from '@nestjs/swagger';
import { ApiProblemResponses } from '../openapi/api-problem-responses.decorator';
import { ROLES, type Role } from './caller';

export const AUTHORIZATION_POLICY = 'titrepro:authorization-policy';

/** The OpenAPI extension listing the roles a route admits, so clients (and the fuzz suite) can read who may call it. */
export const ROLES_EXTENSION = 'x-titrepro-roles';
/** The OpenAPI extension carrying a route's whole declaration (per role: region and resource scope): the matrix and docs/authorization.md read it. */
export const ACCESS_EXTENSION = 'x-titrepro-access';

/**
 * Where a role's caller must come from: `own`, this deployment's region (a national auditor speaks
 * for every region); `any`, wherever (a candidate, whose identity is national; a peer region's service).
 */
export type RegionScope = 'own' | 'any';

/**
 * Which resource of the route a role's caller must be tied to, answered by a ResourceScopeResolver:
 * - `self`: the route's subject is the caller (a candidate's own file; an agent's own record);
 * - `assigned`: an assessor assigned to the route's candidate in this region's evaluation;
 * - `jury-member`: a member of the jury of the route's session;
 * - `issuing-region`: the route's document was issued by the caller's region.
 */
export const RESOURCE_SCOPES = ['self', 'assigned', 'jury-member', 'issuing-region'] as const;
export type ResourceScope = (typeof RESOURCE_SCOPES)[number];

export interface RoleGrant {
  readonly region: RegionScope;
  readonly resource?: ResourceScope;
}

/** A route's one access declaration: the roles it admits, each with its region and resource scope. Roles absent are refused. */
export type AuthorizationPolicy = Readonly<Partial<Record<Role, RoleGrant>>>;

/** This deployment's region only (the usual grant of a regional office's agents). */
export const OWN_REGION: RoleGrant = { region: 'own' };
/** From any region. */
export const ANY_REGION: RoleGrant = { region: 'any' };
/** A candidate, on their own file, wherever it lives. */
export const OWN_FILE: RoleGrant = { region: 'any', resource: 'self' };
/** This region's agent, on the route's resource tied to them by `resource`. */
export const ownRegionOn = (resource: ResourceScope): RoleGrant => ({ region: 'own', resource });

/** The roles a policy admits, in the order of ROLES. */
export const rolesOf = (policy: AuthorizationPolicy): Role[] => ROLES.filter((role) => policy[role] !== undefined);

/** A declaration no caller could satisfy, or one the guard could not read: a programming error caught at decoration. */
const checkPolicy = (policy: AuthorizationPolicy): void => {
  if (rolesOf(policy).length === 0) throw new TypeError('@Authorize: a policy admits at least one role (use @Public() for an open route)');
  if (policy.candidate?.region === 'own') throw new TypeError("@Authorize: a candidate has no region; grant them { region: 'any', resource: 'self' } or nothing");
};

/**
 * The route's access declaration, enforced by the platform's global AuthGuard and nothing else. The
 * 401 and 403 answers, the roles and the declaration are documented in the OpenAPI document.
 */
export const Authorize = (policy: AuthorizationPolicy): MethodDecorator & ClassDecorator => {
  checkPolicy(policy);
  return applyDecorators(
    SetMetadata(AUTHORIZATION_POLICY, policy),
    ApiBearerAuth(),
    ApiProblemResponses([401, 403]),
    ApiExtension(ROLES_EXTENSION, rolesOf(policy)),
    ApiExtension(ACCESS_EXTENSION, Object.fromEntries(rolesOf(policy).map((role) => [role, policy[role]]))),
  );
};
