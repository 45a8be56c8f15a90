import { contractId, EVENT_HEADERS, JSON_CONTENT_TYPE, type IntegrationContract } from '@titrepro/contracts';
import type { RecordedEvent } from '@titrepro/event-store';
import type { Message } from 'kafkajs';
import type { EventMapper, IntegrationEventDraft } from './event-mapper';

/** A message ready for `producer.sendBatch`, with the topic it goes to. */
export interface OutgoingMessage {
  readonly topic: string;
  readonly message: Message;
}

/** Raised when the service's mapping produced a payload its own contract refuses: a bug to fix, not data to skip. */
export class InvalidIntegrationEventError extends Error {
  override readonly name = 'InvalidIntegrationEventError';
  constructor(
    readonly sourceEventId: string,
    readonly contract: string,
    detail: string,
  ) {
    super(`Event ${sourceEventId} maps to an invalid ${contract}: ${detail}`);
  }
}

export interface ToKafkaOptions {
  /** Value of the `source` header, e.g. `titrepro.registry/84`. */
  readonly source?: string;
  /** Where a contract's events go; defaults to the contract's topic (tests use their own topics). */
  readonly topicOf?: (contract: IntegrationContract) => string;
}

const draftsOf = (mapped: ReturnType<EventMapper>): readonly IntegrationEventDraft[] =>
  mapped === null || mapped === undefined ? [] : Array.isArray(mapped) ? mapped : [mapped as IntegrationEventDraft];

/**
 * When the decision was taken: the command's clock (`metadata.occurredAt`, inside the hash chain),
 * or, for events stored before it was recorded, the database's `recordedAt`.
 */
export const occurredAtOf = (event: RecordedEvent): string => {
  const occurredAt: unknown = event.metadata.occurredAt;
  return typeof occurredAt === 'string' ? occurredAt : event.recordedAt.toISOString();
};

/**
 * Turns a stored event into the Kafka messages it publishes: payload validated against its
 * contract, key = candidate id, headers = identity, version and the event's trace context.
 */
export const toKafkaMessages = (event: RecordedEvent, map: EventMapper, options: ToKafkaOptions = {}): OutgoingMessage[] => {
  const drafts = draftsOf(map(event));
  return drafts.map((draft, index) => {
    const { contract } = draft;
    const parsed = contract.schema.safeParse(draft.payload);
    if (!parsed.success) throw new InvalidIntegrationEventError(event.eventId, contractId(contract), parsed.error.message);
    const eventId = draft.eventId ?? (drafts.length === 1 ? event.eventId : `${event.eventId}:${index}`);
    // Built field by field rather than filtered: this runs for every event the relay publishes.
    const headers: Record<string, string> = {
      [EVENT_HEADERS.eventId]: eventId,
      [EVENT_HEADERS.eventType]: contract.type,
      [EVENT_HEADERS.schemaVersion]: String(contract.version),
      [EVENT_HEADERS.correlationId]: event.metadata.correlationId,
    };
    if (event.metadata.causationId) headers[EVENT_HEADERS.causationId] = event.metadata.causationId;
    if (event.metadata.traceparent) headers[EVENT_HEADERS.traceparent] = event.metadata.traceparent;
    headers[EVENT_HEADERS.occurredAt] = occurredAtOf(event);
    if (options.source) headers[EVENT_HEADERS.source] = options.source;
    headers[EVENT_HEADERS.contentType] = JSON_CONTENT_TYPE;
    return {
      topic: options.topicOf?.(contract) ?? contract.topic,
      message: { key: contract.key(parsed.data), value: JSON.stringify(parsed.data), headers },
    };
  });
};

/** Groups messages by topic, keeping their order, for one `sendBatch` request. */
export const byTopic = (messages: readonly OutgoingMessage[]): Array<{ topic: string; messages: Message[] }> => {
  const groups = new Map<string, Message[]>();
  for (const { topic, message } of messages) {
    const group = groups.get(topic);
    if (group) group.push(message);
    else groups.set(topic, [message]);
  }
  return [...groups].map(([topic, grouped]) => ({ topic, messages: grouped }));
};
