import { Injectable, OnModuleInit, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { ResourceScope } from './authorize.decorator';
import { resourceScopesOf } from './resource-scopes';
import { routeAccess } from './route-access';

/** A service declared routes whose callers nobody decided: it must not start. */
export class UnpolicedRoutesError extends Error {
  override readonly name = 'UnpolicedRoutesError';
  constructor(readonly routes: readonly string[]) {
    super(
      `every route needs @Authorize(...) or @Public(), exactly one of them, and a resolver for each resource scope it declares; these do not:\n${routes.map((route) => `  - ${route}`).join('\n')}`,
    );
  }
}

const joinPath = (...parts: unknown[]): string =>
  `/${parts
    .map((part) => [part].flat()[0])
    .filter((part): part is string => typeof part === 'string')
    .join('/')}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');

/**
 * Fails start-up (app.init, before listening) naming each route without exactly one of the two
 * decorators, or declaring a resource scope no provider of the app resolves.
 */
@Injectable()
export class UnpolicedRoutesCheck implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    const unpoliced: string[] = [];
    const resolvable = resourceScopesOf(this.discovery);
    for (const wrapper of this.discovery.getControllers()) {
      const { instance, metatype } = wrapper;
      if (!instance || !metatype) continue;
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- a controller method
        const handler = prototype[name] as Function;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as unknown;
        if (method === undefined || path === undefined) continue; // not a route
        const access = routeAccess(this.reflector, handler, metatype as never);
        const route = `${RequestMethod[method]} ${joinPath(Reflect.getMetadata(PATH_METADATA, metatype), path)} (${metatype.name}.${name})`;
        if (access.kind === 'undeclared' || access.kind === 'contradictory') unpoliced.push(route);
        if (access.kind !== 'policy') continue;
        const unresolved = Object.values(access.policy)
          .map((grant) => grant?.resource)
          .filter((scope): scope is ResourceScope => scope !== undefined && !resolvable.has(scope));
        if (unresolved.length) unpoliced.push(`${route}: no resolver for resource scope ${[...new Set(unresolved)].map((scope) => `"${scope}"`).join(', ')}`);
      }
    }
    if (unpoliced.length) throw new UnpolicedRoutesError(unpoliced);
  }
}
