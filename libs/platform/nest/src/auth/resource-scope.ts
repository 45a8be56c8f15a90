import { SetMetadata } from '@nestjs/common';
import type { Caller } from './caller';
import type { ResourceScope } from './authorize.decorator';

export const RESOURCE_SCOPE_RESOLVER = 'titrepro:resource-scope-resolver';

/** The route's path parameters, as Express parsed them. */
export type RouteParams = Readonly<Record<string, string | undefined>>;

/**
 * Answers one resource scope for the guard, from this deployment's data: `undefined` when the
 * caller is tied to the resource the params name (or when they name none here: the handler then
 * answers 404), else why not (the 403's detail).
 */
export interface ResourceScopeResolver {
  refusal(caller: Caller, params: RouteParams): Promise<string | undefined>;
}

/** Registers an app's provider as the resolver of `scope` (the guard finds it among the providers). */
export const ResolvesResourceScope = (scope: ResourceScope): ClassDecorator => SetMetadata(RESOURCE_SCOPE_RESOLVER, scope);

/** The params naming the caller themself on a `self` route, by role. */
const SELF_PARAMS: Readonly<Record<string, readonly string[]>> = {
  candidate: ['candidateId', 'id'],
  assessor: ['assessorId'],
  'jury-member': ['memberId'],
};

/**
 * `self` read from the path: the route's candidate id (a candidate), assessor id or member id is the
 * token's subject. Apps whose routes name the caller indirectly (a document's candidate) register
 * their own `self` resolver and fall back on this one.
 */
export const selfFromParams = (caller: Caller, params: RouteParams): string | undefined => {
  const names = SELF_PARAMS[caller.role] ?? [];
  const name = names.find((each) => params[each] !== undefined);
  if (name === undefined) return `this route names no ${caller.role} to compare with the token's subject`;
  return params[name] === caller.subject ? undefined : `a ${caller.role} may only access their own ${caller.role === 'candidate' ? 'file' : 'record'}`;
};

export const SELF_FROM_PARAMS: ResourceScopeResolver = { refusal: async (caller, params) => selfFromParams(caller, params) };
