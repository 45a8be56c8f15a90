import { CONTRACTS } from '@titrepro/contracts';
import type { ConsumedEvent } from '@titrepro/messaging';
import type { EventSource } from './event-source';

/** Payload fields that name the region whose service published the event, by event type. */
const PUBLISHING_REGION_FIELDS: Readonly<Record<string, string>> = {
  // The sending region offers and hands over; the receiving region answers.
  CandidateTransferred: 'fromRegion',
  CandidateHandedOver: 'fromRegion',
  CandidateTransferAccepted: 'toRegion',
  CandidateTransferRefused: 'toRegion',
};

/**
 * Why the message contradicts itself, or undefined when it does not: its key is not the candidate
 * it is about, its `source` names another context than its contract's (or than the topic it came
 * on), or a payload field naming the publishing region (`region` of a registration, a pathway, a
 * jury's decision; the sender of a transfer, the receiver of its answer) names another region than
 * the `source` header. Such a message is refused as forged or broken, whichever region it claims.
 */
export const sourceMismatch = (event: ConsumedEvent, source: EventSource): string | undefined => {
  const { payload } = event;
  if (event.key !== payload.candidateId) return `its Kafka key ${JSON.stringify(event.key ?? null)} is not the candidate it is about (${payload.candidateId})`;
  const contract = CONTRACTS.find(event.type, event.schemaVersion);
  if (contract && contract.context !== source.context) return `the source header names the ${source.context} context, but ${event.type} is the ${contract.context}'s`;
  if (contract && !event.topic.endsWith(contract.topic)) return `${event.type} belongs on ${contract.topic}, not on ${event.topic}`;
  const field = PUBLISHING_REGION_FIELDS[event.type] ?? 'region';
  const claimed = payload[field];
  if (typeof claimed === 'string' && claimed !== source.region) return `the source header says region ${source.region}, its payload's ${field} says ${claimed}`;
  return undefined;
};
