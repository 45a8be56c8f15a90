import type { DiscoveryService } from '@nestjs/core';
import type { ResourceScope } from './authorize.decorator';
import { RESOURCE_SCOPE_RESOLVER, SELF_FROM_PARAMS, type ResourceScopeResolver } from './resource-scope';

/** The resolvers an app registered (`@ResolvesResourceScope`), `self` falling back on the path's ids. */
export const resourceScopesOf = (discovery: DiscoveryService): ReadonlyMap<ResourceScope, ResourceScopeResolver> => {
  const found = new Map<ResourceScope, ResourceScopeResolver>([['self', SELF_FROM_PARAMS]]);
  const registered = new Set<ResourceScope>();
  for (const wrapper of discovery.getProviders()) {
    const { metatype, instance } = wrapper;
    if (!metatype || !instance || typeof metatype !== 'function') continue;
    const scope = Reflect.getMetadata(RESOURCE_SCOPE_RESOLVER, metatype) as ResourceScope | undefined;
    if (scope === undefined) continue;
    if (registered.has(scope)) throw new TypeError(`two providers resolve the resource scope "${scope}"; an app registers one`);
    registered.add(scope);
    found.set(scope, instance as ResourceScopeResolver);
  }
  return found;
};
