import { CandidateRegisteredV1, type IntegrationContract } from '@titrepro/contracts';
import type { RecordedEvent } from '@titrepro/event-store';
import { integrationEvent, toKafkaMessages } from '@titrepro/messaging';
import type { Message } from 'kafkajs';
import { randomUUID } from 'node:crypto';

/** A minute of one test morning (2026-01-05, 09:mm UTC), as an ISO instant: events of a test in a known order. */
export const atMinute = (minute: number): string => new Date(Date.UTC(2026, 0, 5, 9, minute)).toISOString();

export interface RelayMessageOptions {
  /** The region whose relay publishes it (or that a forger claims). */
  readonly region: string;
  /** The service named in the `source` header (default: the contract's context; a forger may name another). */
  readonly service?: string;
  /** When the event was decided (`occurred-at`; default: now). */
  readonly occurredAt?: string;
  /** The stored event's id, hence the message's `event-id` (default: a fresh one). */
  readonly eventId?: string;
}

/**
 * A message as a region's relay would publish it: built by the relay's own toKafkaMessages, from a
 * stored event of a fresh id, so its headers are what consumers really get.
 */
export const relayMessage = (contract: IntegrationContract, payload: Record<string, unknown>, options: RelayMessageOptions): Message => {
  const occurredAt = options.occurredAt ?? new Date().toISOString();
  const recorded = {
    eventId: options.eventId ?? randomUUID(),
    metadata: { correlationId: randomUUID(), causationId: null, actor: { subject: 'o', role: 'service' }, region: options.region, occurredAt },
    recordedAt: new Date(occurredAt),
  } as unknown as RecordedEvent;
  const [built] = toKafkaMessages(recorded, () => integrationEvent(contract, payload as never), { source: `titrepro.${options.service ?? contract.context}/${options.region}` });
  if (!built) throw new Error(`no message built for ${contract.type}`);
  return built.message;
};

/** A candidate's registration by `region`'s registry, published by its relay. */
export const registrationMessage = (candidateId: string, region: string, options: Omit<RelayMessageOptions, 'region' | 'service'> = {}): Message => {
  const occurredAt = options.occurredAt ?? new Date().toISOString();
  return relayMessage(CandidateRegisteredV1, { candidateId, region, registeredAt: occurredAt }, { ...options, region, occurredAt });
};
