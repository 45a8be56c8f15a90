import { isTransientFailure } from '@titrepro/event-store';

/**
 * Whether a request failed because PostgreSQL could not serve it now, not because of the request:
 * the platform's one classification of the environment's failures (`isTransientFailure`: no
 * connection within the pool's bounded wait, too many connections 53300, the server starting or
 * stopping 57P0x, a lost or refused connection 08xxx, a deadlock or serialisation failure), also
 * through TypeORM's `driverError`. Such a request answers 503 with Retry-After: send it again.
 */
export const isDatabaseUnavailable = (error: unknown): boolean => {
  for (let current: unknown = error, depth = 0; current !== undefined && current !== null && depth < 5; depth += 1) {
    if (isTransientFailure(current)) return true;
    current = (current as { driverError?: unknown }).driverError;
  }
  return false;
};

/** Seconds a client is told to wait before retrying, on 503: long enough for a burst to drain. */
export const DATABASE_RETRY_AFTER_SECONDS = 2;
