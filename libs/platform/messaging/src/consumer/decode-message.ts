import { EVENT_HEADERS, type ContractRegistry, type DeadLetterReason } from '@titrepro/contracts';
import type { IHeaders, KafkaMessage } from 'kafkajs';
import type { ConsumedEvent } from './consumed-event';
import { markValidated } from './on-contract';
import { plainText, postgresSafeText } from './safe-text';

/** Reasons of a message that could not be read as an event: its key is not trusted, it holds nothing. */
export type UndecodableReason = Extract<DeadLetterReason, 'invalid-payload' | 'unknown-contract'>;

export type DecodedMessage =
  | { readonly ok: true; readonly event: ConsumedEvent }
  | {
      readonly ok: false;
      readonly reason: UndecodableReason;
      /** Safe to store and log: no NUL, valid UTF-8, bounded. */
      readonly error: string;
      /** What the headers claimed, when it is plain text: for the record only (nothing vouches for it). */
      readonly eventId: string | undefined;
      readonly eventType: string | undefined;
    };

/** Event ids, types, keys, sources, trace headers: plain text of at most this many characters. */
export const MAX_HEADER_TEXT_LENGTH = 256;

/** What the event is and who speaks: refused unless plain text. */
const IDENTITY_HEADERS = [EVENT_HEADERS.eventId, EVENT_HEADERS.eventType, EVENT_HEADERS.schemaVersion, EVENT_HEADERS.source] as const;
/**
 * Tracing only (a client's `x-correlation-id` may have reached them): one that is not plain text is
 * dropped rather than refusing the event; the correlation id then becomes the event's id.
 */
const TRACE_HEADERS = [EVENT_HEADERS.correlationId, EVENT_HEADERS.causationId, EVENT_HEADERS.traceparent, EVENT_HEADERS.occurredAt] as const;
const REQUIRED_HEADERS = [EVENT_HEADERS.eventId, EVENT_HEADERS.eventType, EVENT_HEADERS.schemaVersion, EVENT_HEADERS.correlationId] as const;

type HeaderRead = { readonly text: Partial<Record<string, string>>; readonly problems: readonly string[]; readonly present: ReadonlySet<string> };

/** One header as plain text; undefined when absent, a problem when repeated (which copy would be trusted?), binary or oversized. */
const readHeader = (headers: IHeaders | undefined, name: string): { readonly value?: string; readonly problem?: string } => {
  const raw = headers?.[name];
  if (raw === undefined || raw === null) return {};
  if (Array.isArray(raw) && raw.length !== 1) return { problem: `header ${name} is repeated` };
  const single = Array.isArray(raw) ? raw[0] : raw;
  const value = plainText(Buffer.isBuffer(single) ? single : Buffer.from(String(single), 'utf8'), MAX_HEADER_TEXT_LENGTH);
  return value === undefined ? { problem: `header ${name} is not plain text of at most ${MAX_HEADER_TEXT_LENGTH} characters` } : { value };
};

const readEventHeaders = (headers: IHeaders | undefined): HeaderRead => {
  const text: Partial<Record<string, string>> = {};
  const problems: string[] = [];
  const present = new Set<string>();
  for (const name of [...IDENTITY_HEADERS, ...TRACE_HEADERS]) {
    const { value, problem } = readHeader(headers, name);
    if (value !== undefined || problem !== undefined) present.add(name);
    if (value !== undefined) text[name] = value;
    if (problem !== undefined && (IDENTITY_HEADERS as readonly string[]).includes(name)) problems.push(problem);
  }
  const missing = REQUIRED_HEADERS.filter((name) => !present.has(name));
  if (missing.length > 0) problems.push(`missing headers: ${missing.join(', ')}`);
  return { text, problems, present };
};

/**
 * Reads a Kafka message as an integration event and validates it against its contract. Any bytes
 * are answered: what cannot be read (headers missing, repeated or not plain text, a version that is
 * not a number, a value that is not JSON or breaks its contract, a key that is not the payload's
 * candidate id) is refused with a reason and an error text safe to store; it is never thrown.
 */
export const decodeMessage = (
  message: KafkaMessage,
  where: { readonly topic: string; readonly partition: number },
  contracts: ContractRegistry,
): DecodedMessage => {
  const { text, problems } = readEventHeaders(message.headers);
  const eventId = text[EVENT_HEADERS.eventId];
  const type = text[EVENT_HEADERS.eventType];
  const refuse = (reason: UndecodableReason, error: string): DecodedMessage => ({
    ok: false,
    reason,
    error: postgresSafeText(error, 2_000),
    eventId,
    eventType: type,
  });
  const versionText = text[EVENT_HEADERS.schemaVersion];
  const correlationId = text[EVENT_HEADERS.correlationId] ?? eventId;
  if (problems.length > 0 || !eventId || !type || !versionText || !correlationId) return refuse('unknown-contract', problems.join('; '));
  if (!/^[1-9][0-9]{0,5}$/.test(versionText)) return refuse('unknown-contract', `schema version ${JSON.stringify(versionText)} is not a positive integer`);
  if (message.value === null) return refuse('invalid-payload', 'value is empty (null)');
  let value: unknown;
  try {
    value = JSON.parse(message.value.toString('utf8'));
  } catch (error) {
    return refuse('invalid-payload', `value is not JSON: ${(error as Error).message}`);
  }
  const check = contracts.check(type, Number(versionText), value);
  if (!check.ok) return refuse(check.reason, check.message);
  // The key sequences the candidate's messages (and holds them behind a dead letter): it must be the
  // candidate the payload is about, or a forged key could hold another candidate's events.
  const key = message.key === null ? undefined : plainText(message.key, MAX_HEADER_TEXT_LENGTH);
  if (message.key !== null && key !== check.payload.candidateId) return refuse('invalid-payload', 'the key is not the candidateId of the payload');
  markValidated(check.payload, check.contract);
  return {
    ok: true,
    event: {
      eventId,
      type,
      schemaVersion: Number(versionText),
      payload: check.payload,
      key,
      correlationId,
      causationId: text[EVENT_HEADERS.causationId],
      traceparent: text[EVENT_HEADERS.traceparent],
      occurredAt: text[EVENT_HEADERS.occurredAt],
      source: text[EVENT_HEADERS.source],
      topic: where.topic,
      partition: where.partition,
      offset: message.offset,
    },
  };
};
