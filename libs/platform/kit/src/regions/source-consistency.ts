import { CONTRACTS } from '@titrepro/contracts';
import type { ConsumedEvent } from '@titrepro/messaging';
import type { EventSource } from './event-source';

// eslint-disable-next-line no-control-regex -- control characters are what it finds
const UNSAFE_TEXT = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A store event id, or one of the several messages a relay maps it to (`<id>:<index>`, `<id>:<candidate id>`). */
const RELAYED_EVENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(:[A-Za-z0-9_-]{1,64})?$/i;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/** Payload fields that name the region whose service published the event, by event type. */
const PUBLISHING_REGION_FIELDS: Readonly<Record<string, string>> = {
  // The sending region offers and hands over; the receiving region answers.
  CandidateTransferred: 'fromRegion',
  CandidateHandedOver: 'fromRegion',
  CandidateTransferAccepted: 'toRegion',
  CandidateTransferRefused: 'toRegion',
};

/**
 * Why the message contradicts itself, or undefined when it does not: an event id, a candidate id
 * or an `occurred-at` header no relay would write, a key that is not the candidate
 * it is about, its `source` names another context than its contract's (or than the topic it came
 * on), or a payload field naming the publishing region (`region` of a registration, a pathway, a
 * jury's decision; the sender of a transfer, the receiver of its answer) names another region than
 * the `source` header. Such a message is refused as forged or broken, whichever region it claims.
 */
export const sourceMismatch = (event: ConsumedEvent, source: EventSource): string | undefined => {
  const { payload } = event;
  // What PostgreSQL cannot hold or read back (a NUL) or a log line could be fooled by: no relay writes it.
  // Relays publish the store's event ids, UUIDs, suffixed when one event maps to several messages (the
  // jury's MinutesSealed, one per candidate). The registry's are plain: the kit records them as uuid
  // (candidate_home_regions.learnt_from).
  const plainId = source.context === 'registry';
  if (!(plainId ? UUID : RELAYED_EVENT_ID).test(event.eventId)) return `its event id ${JSON.stringify(event.eventId)} is not ${plainId ? 'a UUID' : 'a relayed event id'}`;
  if (UNSAFE_TEXT.test(payload.candidateId)) return `its candidate id ${JSON.stringify(payload.candidateId)} holds control or bidirectional characters`;
  if (event.occurredAt !== undefined && (!ISO_INSTANT.test(event.occurredAt) || Number.isNaN(Date.parse(event.occurredAt)))) return `its occurred-at header ${JSON.stringify(event.occurredAt)} is not an ISO 8601 instant`;
  if (event.key !== payload.candidateId) return `its Kafka key ${JSON.stringify(event.key ?? null)} is not the candidate it is about (${payload.candidateId})`;
  const contract = CONTRACTS.find(event.type, event.schemaVersion);
  if (contract && contract.context !== source.context) return `the source header names the ${source.context} context, but ${event.type} is the ${contract.context}'s`;
  if (contract && !event.topic.endsWith(contract.topic)) return `${event.type} belongs on ${contract.topic}, not on ${event.topic}`;
  const field = PUBLISHING_REGION_FIELDS[event.type] ?? 'region';
  const claimed = payload[field];
  if (typeof claimed === 'string' && claimed !== source.region) return `the source header says region ${source.region}, its payload's ${field} says ${claimed}`;
  return undefined;
};
