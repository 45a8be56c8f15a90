import type { IncomingMessage } from 'node:http';
import { requestLogMarkOf } from './request-log-mark';

/**
 * Headers worth a log line and free of personal data. An allow-list, not a deny-list: tokens,
 * cookies, forwarded client addresses and any header a client invents stay out.
 */
const loggedHeaders = ['content-type', 'content-length', 'user-agent', 'traceparent', 'idempotency-key', 'x-correlation-id'];

const REDACTED = '[redacted]';

interface StandardRequestFields {
  readonly id?: unknown;
  readonly method?: string;
  readonly url?: string;
  readonly headers?: Record<string, unknown>;
}

const pathOf = (url: string | undefined): string => (url ?? '').split('?')[0] ?? '';

/**
 * The `req` of every log line. It is bound when the request arrives, before routing, so it can only
 * know the path: the query string is left out (its values may be personal data), as are the client
 * address and all but a few headers.
 */
export const requestLogFields = (request: StandardRequestFields) => ({
  id: request.id,
  method: request.method,
  url: pathOf(request.url),
  headers: Object.fromEntries(loggedHeaders.filter((name) => request.headers?.[name] !== undefined).map((name) => [name, request.headers?.[name]])),
});

const queryWithPersonalValuesRedacted = (url: string, personal: readonly string[]): Record<string, string | string[]> => {
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of new URL(url, 'http://request.invalid').searchParams) {
    const shown = personal.includes(name) ? REDACTED : value;
    const earlier = query[name];
    query[name] = earlier === undefined ? shown : [earlier, shown].flat();
  }
  return query;
};

/**
 * Added to the request's completion line (pino-http `customProps`, called again when the response
 * ends): the route template and the query, with the values its route declares personal redacted.
 * A request that reached no route gets nothing: the safe default is no query at all.
 */
export const routeLogFields = (request: IncomingMessage): Record<string, unknown> => {
  const mark = requestLogMarkOf(request);
  if (!mark) return {};
  const originalUrl = (request as IncomingMessage & { originalUrl?: string }).originalUrl ?? request.url ?? '';
  const query = queryWithPersonalValuesRedacted(originalUrl, mark.personalQuery);
  return { route: mark.route, ...(Object.keys(query).length ? { query } : {}) };
};
