/** Who caused an event: the authenticated subject and the role they acted in. */
export interface Actor {
  readonly subject: string;
  readonly role: string;
}

/**
 * Metadata every stored event carries (ARCHITECTURE.md, "The path of one command").
 * The hash-chain fields live on the recorded event itself, not here.
 */
export interface EventMetadata {
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly actor: Actor;
  readonly region: string;
  /**
   * When the event happened: the decision instant of the command that produced it (`handleCommand`
   * sets `context.now.toISOString()`), as an ISO-8601 instant with `Z` or an offset. It is part of
   * the metadata and so of the hash chain, unlike the store's recording time (`recordedAt`). Events
   * stored before it existed read back with their recording time here.
   */
  readonly occurredAt: string;
  /** W3C trace context of the request that caused the event, when there was one. */
  readonly traceparent?: string;
  /** For decisions: which rulebook and which of its rules decided. */
  readonly rulebookId?: string;
  readonly ruleIds?: readonly string[];
  readonly [extra: string]: unknown;
}
