import { EVENT_HEADERS, type ContractRegistry, type DeadLetterReason } from '@titrepro/contracts';
import type { KafkaMessage } from 'kafkajs';
import { headerText } from '../kafka/kafka-headers';
import type { ConsumedEvent } from './consumed-event';

export type DecodedMessage =
  | { readonly ok: true; readonly event: ConsumedEvent }
  | {
      readonly ok: false;
      readonly reason: Extract<DeadLetterReason, 'invalid-payload' | 'unknown-contract'>;
      readonly error: string;
      /** Known when the headers named it, so the dead-lettering can be recorded in the inbox. */
      readonly eventId: string | undefined;
    };

/** Reads a Kafka message as an integration event and validates it against its contract. */
export const decodeMessage = (
  message: KafkaMessage,
  where: { readonly topic: string; readonly partition: number },
  contracts: ContractRegistry,
): DecodedMessage => {
  const eventId = headerText(message.headers, EVENT_HEADERS.eventId);
  const type = headerText(message.headers, EVENT_HEADERS.eventType);
  const versionText = headerText(message.headers, EVENT_HEADERS.schemaVersion);
  const correlationId = headerText(message.headers, EVENT_HEADERS.correlationId);
  const missing = [
    [EVENT_HEADERS.eventId, eventId],
    [EVENT_HEADERS.eventType, type],
    [EVENT_HEADERS.schemaVersion, versionText],
    [EVENT_HEADERS.correlationId, correlationId],
  ].filter(([, value]) => !value);
  if (missing.length > 0 || !eventId || !type || !versionText || !correlationId) {
    return { ok: false, reason: 'unknown-contract', error: `missing headers: ${missing.map(([name]) => name).join(', ')}`, eventId };
  }
  const version = Number(versionText);
  if (!Number.isInteger(version)) {
    return { ok: false, reason: 'unknown-contract', error: `schema version ${JSON.stringify(versionText)} is not an integer`, eventId };
  }
  let value: unknown;
  try {
    value = JSON.parse(message.value?.toString('utf8') ?? '');
  } catch (error) {
    return { ok: false, reason: 'invalid-payload', error: `value is not JSON: ${(error as Error).message}`, eventId };
  }
  const check = contracts.check(type, version, value);
  if (!check.ok) return { ok: false, reason: check.reason, error: check.message, eventId };
  return {
    ok: true,
    event: {
      eventId,
      type,
      schemaVersion: version,
      payload: check.payload,
      key: message.key?.toString('utf8'),
      correlationId,
      causationId: headerText(message.headers, EVENT_HEADERS.causationId),
      traceparent: headerText(message.headers, EVENT_HEADERS.traceparent),
      occurredAt: headerText(message.headers, EVENT_HEADERS.occurredAt),
      source: headerText(message.headers, EVENT_HEADERS.source),
      topic: where.topic,
      partition: where.partition,
      offset: message.offset,
    },
  };
};
