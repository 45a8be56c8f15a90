import type { Type } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import { AUTHORIZATION_POLICY, type AuthorizationPolicy } from './authorize.decorator';
import { PUBLIC_ROUTE } from './public.decorator';

/** Who may call a route, as its decorators declare it. */
export type RouteAccess =
  | { readonly kind: 'public' }
  | { readonly kind: 'policy'; readonly policy: AuthorizationPolicy }
  | { readonly kind: 'undeclared' }
  | { readonly kind: 'contradictory' };

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- a route handler, as Nest hands it over
const declaredOn = (reflector: Reflector, target: Function | Type): RouteAccess => {
  const policy = reflector.get<AuthorizationPolicy | undefined>(AUTHORIZATION_POLICY, target);
  const open = reflector.get<boolean | undefined>(PUBLIC_ROUTE, target) === true;
  if (policy && open) return { kind: 'contradictory' };
  if (policy) return { kind: 'policy', policy };
  return open ? { kind: 'public' } : { kind: 'undeclared' };
};

/** The handler's own declaration wins over its controller's, so one route of a public controller can be closed. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const routeAccess = (reflector: Reflector, handler: Function, controller: Type): RouteAccess => {
  const own = declaredOn(reflector, handler);
  return own.kind === 'undeclared' ? declaredOn(reflector, controller) : own;
};
