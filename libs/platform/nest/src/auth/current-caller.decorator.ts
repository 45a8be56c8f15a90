import { createParamDecorator, ExecutionContext, InternalServerErrorException } from '@nestjs/common';
import type { AuthenticatedRequest } from './auth.guard';
import type { Caller } from './caller';

/** The caller authenticated by `@Authorize`; using it on an open route is a programming error. */
export const CurrentCaller = createParamDecorator((_: unknown, context: ExecutionContext): Caller => {
  const caller = context.switchToHttp().getRequest<AuthenticatedRequest>().caller;
  if (!caller) throw new InternalServerErrorException('CurrentCaller used on a route without @Authorize');
  return caller;
});
