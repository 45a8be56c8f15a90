/**
 * Whether a request failed because PostgreSQL could not serve it now, not because of the request:
 * no connection within the pool's bounded wait (pg-pool's "timeout exceeded when trying to
 * connect"), too many connections (53300, and 53000/53400 insufficient resources), the server
 * starting or shutting down (57P01/57P02/57P03), a connection error (class 08), or the server
 * unreachable. Such a request answers 503 with Retry-After: the client may send it again.
 */
export const isDatabaseUnavailable = (error: unknown): boolean => {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth += 1) {
    const { code, message, driverError, cause } = current as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };
    if (typeof code === 'string' && isUnavailableCode(code)) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true;
    current = driverError ?? cause;
  }
  return false;
};

const UNAVAILABLE_CODES = new Set(['53000', '53300', '53400', '57P01', '57P02', '57P03', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);

const isUnavailableCode = (code: string): boolean => UNAVAILABLE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code);

// pg-pool and pg word these without a code.
const UNAVAILABLE_MESSAGE = /^(timeout exceeded when trying to connect|Connection terminated (unexpectedly|due to connection timeout)|Client has encountered a connection error|sorry, too many clients already)/;

/** Seconds a client is told to wait before retrying, on 503: long enough for a burst to drain. */
export const DATABASE_RETRY_AFTER_SECONDS = 2;
