import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { SERVICE_CONFIG } from '../config/config.tokens';
import type { ServiceConfig } from '../config/service-config';
import { AUTHORIZATION_POLICY, type AuthorizationPolicy } from './authorize.decorator';
import type { Caller } from './caller';
import { InvalidTokenError, TokenVerifier } from './token-verifier';

export type AuthenticatedRequest = Request & { caller?: Caller };

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AuthorizationPolicy | undefined>(AUTHORIZATION_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!policy) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const caller = await this.authenticate(request);
    if (!policy.roles.includes(caller.role)) {
      throw new ForbiddenException(`role "${caller.role}" may not do this; allowed: ${policy.roles.join(', ')}`);
    }
    if (policy.ownRegionFor?.includes(caller.role) && caller.region !== this.config.REGION) {
      throw new ForbiddenException(`region "${caller.region}" may not act in region "${this.config.REGION}"`);
    }
    request.caller = caller;
    return true;
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
