import { createParamDecorator, InternalServerErrorException, type ExecutionContext } from '@nestjs/common';
import { causationFromRequest } from '@titrepro/messaging';
import type { AuthenticatedRequest } from '@titrepro/platform-nest';
import type { CommandOrigin } from './command-origin';

/** Set by the Idempotency-Key interceptor: the transaction the request's command runs in. */
export const REQUEST_TRANSACTION = Symbol('titrepro.request-transaction');

export type KitRequest = AuthenticatedRequest & { [REQUEST_TRANSACTION]?: unknown };

/** The origin of a command sent by an HTTP request: the authenticated caller and the request's trace headers. */
export const originOfRequest = (request: KitRequest): CommandOrigin => {
  if (!request.caller) throw new InternalServerErrorException('a command was sent from a route without an authenticated caller');
  const transaction = request[REQUEST_TRANSACTION];
  return {
    actor: { subject: request.caller.subject, role: request.caller.role },
    causation: causationFromRequest(request.headers),
    ...(transaction === undefined ? {} : { transaction }),
  };
};

/** Controller parameter: the CommandOrigin of this request. */
export const Origin = createParamDecorator((_: unknown, context: ExecutionContext): CommandOrigin =>
  originOfRequest(context.switchToHttp().getRequest<KitRequest>()),
);
