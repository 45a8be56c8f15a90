import { randomUUID } from 'node:crypto';
import { childTraceparent, parseTraceparent } from './traceparent';

/**
 * What the next events of a chain of work carry: the correlation id of the whole chain, the id of
 * what caused them, and the trace context. An HTTP request starts a chain; each consumed
 * integration event continues it (causation id = that event's id).
 */
export interface Causation {
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly traceparent?: string;
}

/** Header names a request may carry (lower case, as Node exposes them). */
export const REQUEST_TRACE_HEADERS = Object.freeze({
  traceparent: 'traceparent',
  correlationId: 'x-correlation-id',
  requestId: 'x-request-id',
});

type HeaderValue = string | string[] | Buffer | undefined | null;
/**
 * A client's correlation or request id, kept only when it is a plain token (printable ASCII, no
 * space, at most 128 characters): it travels into event metadata and Kafka headers, where a
 * consumer refuses what is not plain text. Anything else is replaced by a fresh id.
 */
const first = (value: HeaderValue): string | undefined => {
  const single = Array.isArray(value) ? value[0] : value;
  if (single === undefined || single === null) return undefined;
  const text = Buffer.isBuffer(single) ? single.toString('utf8') : single;
  return /^[\x21-\x7E]{1,128}$/.test(text) ? text : undefined;
};

/**
 * The causation of the work an HTTP request sets off: its correlation id (or a new one), the
 * request id as causation, and a child of its `traceparent` (or a new trace).
 */
export const causationFromRequest = (headers: Readonly<Record<string, HeaderValue>>, newId: () => string = randomUUID): Causation => {
  const correlationId = first(headers[REQUEST_TRACE_HEADERS.correlationId]) ?? newId();
  return {
    correlationId,
    causationId: first(headers[REQUEST_TRACE_HEADERS.requestId]) ?? correlationId,
    traceparent: childTraceparent(first(headers[REQUEST_TRACE_HEADERS.traceparent])),
  };
};

/** The causation of events appended because of a consumed event: same correlation, caused by it. */
export const causationFromEvent = (event: {
  readonly eventId: string;
  readonly correlationId: string;
  readonly traceparent?: string;
}): Causation => ({
  correlationId: event.correlationId,
  causationId: event.eventId,
  traceparent: childTraceparent(event.traceparent),
});

/**
 * The trace fields of event metadata (`EventMetadata` of the event store) for a causation, to spread
 * into the metadata of appended events: `{ ...metadataOf(causation), actor, region }`.
 */
export const metadataOf = (causation: Causation): { correlationId: string; causationId: string | null; traceparent?: string } => ({
  correlationId: causation.correlationId,
  causationId: causation.causationId,
  ...(parseTraceparent(causation.traceparent) ? { traceparent: causation.traceparent } : {}),
});
