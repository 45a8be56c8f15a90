import type { Type } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import { PERSONAL_DATA_IN_REQUEST, type PersonalDataInRequest } from './carries-personal-data.decorator';

/** What the request log may say about a request that reached a route. */
export interface RequestLogMark {
  /** The route template (`/candidates/:id`), never the raw URL. */
  readonly route: string;
  /** Query parameters whose values the log redacts. */
  readonly personalQuery: readonly string[];
}

const LOG_MARK = Symbol('titrepro:request-log-mark');
type Marked = { [LOG_MARK]?: RequestLogMark };

/**
 * Marks a request once its route is known. Called first thing by the global AuthGuard: guards run
 * before interceptors and pipes, so a request refused with 401 or 403 is marked too.
 */
export const markRequestForLog = (
  request: object,
  reflector: Reflector,
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- a route handler, as Nest hands it over
  handler: Function,
  controller: Type,
): void => {
  const declared = reflector.getAllAndOverride<PersonalDataInRequest | undefined>(PERSONAL_DATA_IN_REQUEST, [handler, controller]);
  const route = (request as { route?: { path?: unknown } }).route?.path;
  (request as Marked)[LOG_MARK] = {
    route: typeof route === 'string' ? route : `${controller.name}.${handler.name}`,
    personalQuery: declared?.query ?? [],
  };
};

/** The mark, if the request reached a route; unmarked requests are logged without their query string. */
export const requestLogMarkOf = (request: object): RequestLogMark | undefined => (request as Marked)[LOG_MARK];
