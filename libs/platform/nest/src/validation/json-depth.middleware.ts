import type { NextFunction, Request, Response } from 'express';
import { RequestValidationException } from '../errors/request-validation.exception';

/** Deeper than any command nests (a few levels): more is an attack on recursive code, not data. */
export const MAX_JSON_DEPTH = 32;

/** How deep `value` nests, counted without recursion (a 50,000-deep array would overflow the stack), stopping past `limit`. */
export const jsonDepthExceeds = (value: unknown, limit: number): boolean => {
  const pending: Array<readonly [unknown, number]> = [[value, 1]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop() as readonly [unknown, number];
    if (typeof current !== 'object' || current === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(current)) pending.push([child, depth + 1]);
  }
  return false;
};

/**
 * Runs right after the JSON body parser: a body nested deeper than MAX_JSON_DEPTH is refused (400
 * naming `body`) before any code walks it recursively (fingerprints, logs, parsers).
 */
export const refuseDeepJson = (request: Request, _response: Response, next: NextFunction): void => {
  if (jsonDepthExceeds(request.body, MAX_JSON_DEPTH)) {
    next(new RequestValidationException([{ field: 'body', message: `nests deeper than ${MAX_JSON_DEPTH} levels` }]));
    return;
  }
  next();
};
