import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { SERVICE_CONFIG } from '../config/config.tokens';
import type { ServiceConfig } from '../config/service-config';
import { markRequestForLog } from '../logging/request-log-mark';
import type { AuthorizationPolicy } from './authorize.decorator';
import type { Caller } from './caller';
import { routeAccess } from './route-access';
import { InvalidTokenError, TokenVerifier } from './token-verifier';

export type AuthenticatedRequest = Request & { caller?: Caller };

/**
 * The platform's global guard (APP_GUARD): a route is open only with `@Public()`, else it needs a
 * token allowed by its `@Authorize` policy. A route with neither is refused to everyone (the
 * start-up check refuses such a service first; this is the second line).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    markRequestForLog(request, this.reflector, context.getHandler(), context.getClass());
    const access = routeAccess(this.reflector, context.getHandler(), context.getClass());
    if (access.kind === 'public') return true;
    const caller = await this.authenticate(request);
    if (access.kind !== 'policy') {
      throw new ForbiddenException(
        `${request.method} ${request.route?.path ?? request.path ?? ''} declares no authorization policy (@Authorize or @Public): refused to everyone`,
      );
    }
    this.authorize(caller, access.policy);
    request.caller = caller;
    return true;
  }

  private authorize(caller: Caller, policy: AuthorizationPolicy): void {
    if (!policy.roles.includes(caller.role)) {
      throw new ForbiddenException(`role "${caller.role}" may not do this; allowed: ${policy.roles.join(', ')}`);
    }
    if (policy.ownRegionFor?.includes(caller.role) && caller.region !== this.config.REGION) {
      throw new ForbiddenException(`region "${caller.region}" may not act in region "${this.config.REGION}"`);
    }
  }

  private async authenticate(request: Request): Promise<Caller> {
    const header = request.headers.authorization;
    const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (!match?.[1]) throw new UnauthorizedException('a bearer token is required (Authorization: Bearer <token>)');
    try {
      return await this.verifier.verify(match[1]);
    } catch (error) {
      if (error instanceof InvalidTokenError) throw new UnauthorizedException(error.message);
      throw error;
    }
  }
}
