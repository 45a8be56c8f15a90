import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension } from '@nestjs/swagger';
import { ApiProblemResponses } from '../openapi/api-problem-responses.decorator';
import type { Role } from './caller';

export const AUTHORIZATION_POLICY = 'titrepro:authorization-policy';

/** The OpenAPI extension listing the roles a route admits, so clients (and the fuzz suite) can read who may call it. */
export const ROLES_EXTENSION = 'x-titrepro-roles';

export interface AuthorizationPolicy {
  readonly roles: readonly Role[];
  /**
   * Roles that must belong to this deployment's region (a regional office acts for its own region only).
   * Roles not listed here (e.g. auditor) may call from any region.
   */
  readonly ownRegionFor?: readonly Role[];
}

/**
 * Requires a bearer token with one of `roles`; `ownRegionFor` roles must be of this service's region.
 * The platform's global AuthGuard enforces it; the 401 and 403 answers and the roles are documented here.
 */
export const Authorize = (policy: AuthorizationPolicy): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(AUTHORIZATION_POLICY, policy), ApiBearerAuth(), ApiProblemResponses([401, 403]), ApiExtension(ROLES_EXTENSION, [...policy.roles]));
