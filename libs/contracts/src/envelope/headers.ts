/**
 * Kafka header names of an integration event. The message value is the contract's payload (JSON);
 * everything about the event (identity, version, tracing) travels in these headers.
 */
export const EVENT_HEADERS = Object.freeze({
  /** Id of the integration event; consumers record it in their inbox to apply it once. */
  eventId: 'event-id',
  /** The contract's `type`, e.g. `CandidateRegistered`. */
  eventType: 'event-type',
  /** The contract's version, as a decimal string. */
  schemaVersion: 'schema-version',
  /** Id shared by everything one request set off. */
  correlationId: 'correlation-id',
  /** Id of the event or request that directly caused this one. */
  causationId: 'causation-id',
  /** W3C trace context of the work that produced the event. */
  traceparent: 'traceparent',
  /** When the source event was decided: the command's clock, `metadata.occurredAt` in the store (ISO 8601). */
  occurredAt: 'occurred-at',
  /** The producing service and region, e.g. `titrepro.registry/idf`: consumers check it against the candidate's home region. */
  source: 'source',
  contentType: 'content-type',
} as const);

export type EventHeaderName = (typeof EVENT_HEADERS)[keyof typeof EVENT_HEADERS];

/** Headers a consumer adds when it parks a message on `<topic>.dlq` (the original headers are kept). */
export const DEAD_LETTER_HEADERS = Object.freeze({
  /** Why: one of {@link DeadLetterReason}. */
  reason: 'dlq-reason',
  /** The error message, for people. */
  error: 'dlq-error',
  originalTopic: 'dlq-original-topic',
  originalPartition: 'dlq-original-partition',
  originalOffset: 'dlq-original-offset',
  consumerGroup: 'dlq-consumer-group',
  /** How many times the handler ran before giving up (0 when the message was never handled). */
  attempts: 'dlq-attempts',
  failedAt: 'dlq-failed-at',
  /**
   * The dead letter's id, the same on every copy: the DLQ is at least once (a crash between Kafka's
   * acknowledgement and the outbox's mark sends a letter again), so a reader dedups on it.
   */
  deadLetterId: 'dead-letter-id',
} as const);

/**
 * - `invalid-payload`: the value is not JSON or does not match its contract's schema;
 * - `unknown-contract`: no contract for the message's type and version (or headers missing);
 * - `handler-failed`: the handler failed on every attempt;
 * - `permanent-error`: the handler reported an error that retrying cannot fix;
 * - `untrusted-source`: the event about a candidate does not come from the region that was their
 *   home region when it happened (or from the region a pending transfer awaits the answer of);
 * - `conflicting-redelivery`: the event id was applied already, with different content (type,
 *   version, source, key or payload): a forgery or a producer's bug, never a true redelivery.
 */
export const DEAD_LETTER_REASONS = ['invalid-payload', 'unknown-contract', 'handler-failed', 'permanent-error', 'untrusted-source', 'conflicting-redelivery'] as const;
export type DeadLetterReason = (typeof DEAD_LETTER_REASONS)[number];

export const JSON_CONTENT_TYPE = 'application/json';
