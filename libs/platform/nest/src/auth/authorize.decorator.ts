import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Role } from './caller';
import { AuthGuard } from './auth.guard';

export const AUTHORIZATION_POLICY = 'titrepro:authorization-policy';

export interface AuthorizationPolicy {
  readonly roles: readonly Role[];
  /**
   * Roles that must belong to this deployment's region (a regional office acts for its own region only).
   * Roles not listed here (e.g. auditor) may call from any region.
   */
  readonly ownRegionFor?: readonly Role[];
}

/** Requires a bearer token with one of `roles`; `ownRegionFor` roles must be of this service's region. */
export const Authorize = (policy: AuthorizationPolicy) =>
  applyDecorators(
    SetMetadata(AUTHORIZATION_POLICY, policy),
    UseGuards(AuthGuard),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'No bearer token, or an invalid one' }),
    ApiForbiddenResponse({ description: 'Role not allowed, or a region other than this office' }),
  );
