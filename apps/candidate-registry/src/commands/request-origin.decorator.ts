import { createParamDecorator, InternalServerErrorException, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedRequest } from '@titrepro/platform-nest';
import type { RequestOrigin } from './command-context.factory';

/** The authenticated caller and the request's headers (correlation id, traceparent), for a command's metadata. */
export const Origin = createParamDecorator((_: unknown, context: ExecutionContext): RequestOrigin => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.caller) throw new InternalServerErrorException('Origin used on a route without @Authorize');
  return { caller: request.caller, headers: request.headers };
});
