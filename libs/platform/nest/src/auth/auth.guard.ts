import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable, Optional, UnauthorizedException } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { identifier } from '@titrepro/domain-kernel';
import { RequestValidationException } from '../errors/request-validation.exception';
import type { Request } from 'express';
import { SERVICE_CONFIG } from '../config/config.tokens';
import type { ServiceConfig } from '../config/service-config';
import { markRequestForLog } from '../logging/request-log-mark';
import type { AuthorizationPolicy, ResourceScope } from './authorize.decorator';
import { speaksFor, type Caller } from './caller';
import type { ResourceScopeResolver, RouteParams } from './resource-scope';
import { resourceScopesOf } from './resource-scopes';
import { routeAccess } from './route-access';
import { InvalidTokenError, TokenVerifier } from './token-verifier';

export type AuthenticatedRequest = Request & { caller?: Caller };

/**
 * The platform's global guard (APP_GUARD): a route is open only with `@Public()`, else it needs a
 * token its `@Authorize` declaration admits: the caller's role, from the region the role's grant
 * says, tied to the resource its grant names. A route with neither is refused to everyone (the
 * start-up check refuses such a service first; this is the second line).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private resolvers: ReadonlyMap<ResourceScope, ResourceScopeResolver> | undefined;

  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Optional() private readonly discovery?: DiscoveryService,
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
    await this.authorize(caller, access.policy, (request.params ?? {}) as RouteParams);
    request.caller = caller;
    return true;
  }

  private async authorize(caller: Caller, policy: AuthorizationPolicy, params: RouteParams): Promise<void> {
    const grant = policy[caller.role];
    if (!grant) {
      throw new ForbiddenException(`role "${caller.role}" may not do this; allowed: ${Object.keys(policy).join(', ')}`);
    }
    if (grant.region === 'own' && !speaksFor(caller, this.config.REGION)) {
      const scope = caller.role === 'auditor' ? ` (a ${caller.auditorScope} auditor)` : '';
      throw new ForbiddenException(`region "${caller.region ?? 'none'}"${scope} may not act in region "${this.config.REGION}"`);
    }
    if (grant.resource === undefined) return;
    // Guards run before the parameter pipes: the ids a resolver looks up are checked here first, so a
    // malformed one is the same 400 naming it as on any route, never a query the database refuses.
    assertIdentifierParams(params);
    const refusal = await this.resolverOf(grant.resource).refusal(caller, params);
    if (refusal !== undefined) throw new ForbiddenException(`${refusal} (resource scope "${grant.resource}" of role "${caller.role}")`);
  }

  private resolverOf(scope: ResourceScope): ResourceScopeResolver {
    this.resolvers ??= this.discovery ? resourceScopesOf(this.discovery) : resourceScopesOf({ getProviders: () => [] } as unknown as DiscoveryService);
    const resolver = this.resolvers.get(scope);
    // The start-up check refuses a service missing one; refusing here too keeps a gap closed.
    if (!resolver) throw new ForbiddenException(`no resolver answers the resource scope "${scope}" in this service: refused to everyone`);
    return resolver;
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

/** Every path parameter of a route with a resource scope is an id (`identifier`); 400 naming the first that is not. */
const assertIdentifierParams = (params: RouteParams): void => {
  for (const [name, value] of Object.entries(params)) {
    const parsed = identifier.safeParse(value);
    if (!parsed.success) throw new RequestValidationException([{ field: name, message: `(path parameter) ${parsed.error.issues[0]?.message ?? 'is not valid'}` }]);
  }
};
