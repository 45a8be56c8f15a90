import type { IntegrationContract } from '@titrepro/contracts';
import { withPgTransaction, type EventStore, type RecordedEvent } from '@titrepro/event-store';
import type { Kafka, Producer } from 'kafkajs';
import type { Pool, PoolClient } from 'pg';
import type { Registry } from 'prom-client';
import { ACKS_ALL, createIdempotentProducer } from '../kafka/idempotent-producer';
import { errorText } from '../messaging-logger';
import { relayMetrics } from '../metrics/messaging-metrics';
import { RELAY_PARKED_EVENTS_TABLE } from '../schema/messaging-tables';
import type { EventMapper } from './event-mapper';
import { heldBehindText, MAX_PARK_ERROR_LENGTH } from './parked-relay-event';
import { countParkedRelayEvents } from './parked-relay-events';
import { RELAY_PARKED } from './relay-checkpoint';
import { pgRows } from '../processor/sql-rows';
import { byTopic, toKafkaMessages, type OutgoingMessage } from './to-kafka-messages';

export interface RetryParkedRelayEventsSettings {
  /** The service's database (the relay's tables). */
  readonly pool: Pool;
  /** The relay's name. */
  readonly relay: string;
  /** The stream whose parked events are retried, in order. */
  readonly streamId: string;
  /** Where the parked events are read again. */
  readonly eventStore: EventStore;
  /** The mapping, fixed: the same the relay runs once it is deployed. */
  readonly map: EventMapper;
  /** As given to the relay. */
  readonly source?: string;
  readonly topicOf?: (contract: IntegrationContract) => string;
  /** Where the relay's `titrepro_relay_parked_events` gauge lives, to lower it at once. */
  readonly metrics?: Registry;
}

/** Publishes through a connected producer with the relay's settings (`createIdempotentProducer`), or makes one from `kafka` for this call. */
export type RetryProducer = { readonly producer: Producer; readonly kafka?: never } | { readonly kafka: Kafka; readonly producer?: never };

export type RetryParkedRelayEventsOptions = RetryParkedRelayEventsSettings & RetryProducer;

export interface RetryParkedRelayEventsOutcome {
  /** Global positions published (Kafka acknowledged) and removed from the parked table, in order. */
  readonly published: readonly number[];
  /** The stream's events still parked. */
  readonly stillParked: number;
  /** The event that still cannot be mapped, with the new error; the events after it stay held. */
  readonly failure?: { readonly globalPosition: number; readonly error: string };
}

/**
 * Operator retry of one stream's parked events: maps them again, in order, publishes those that now
 * map (as the relay would: same key, headers and producer settings), and removes them once Kafka
 * acknowledged. It stops at the first event that still fails: that one keeps its new error and the
 * later ones stay held behind it. The stream's rows stay locked meanwhile, so two retries of a
 * stream do not publish twice; the relay itself holds the stream's new events until its parked
 * table is empty (`StreamHolds`). If the commit fails after Kafka acknowledged, a later retry
 * publishes those events again: consumers drop the duplicates (inbox).
 */
export const retryParkedRelayEvents = async (options: RetryParkedRelayEventsOptions): Promise<RetryParkedRelayEventsOutcome> => {
  const outcome = await withPgTransaction(options.pool, (client) => retryInTransaction(client, options));
  if (options.metrics) {
    const { metrics, pool, relay } = options;
    await countParkedRelayEvents(pool, relay)
      .then((parked) => relayMetrics(metrics).parked.set({ relay }, parked))
      .catch(() => undefined);
  }
  return outcome;
};

const retryInTransaction = async (client: PoolClient, options: RetryParkedRelayEventsOptions): Promise<RetryParkedRelayEventsOutcome> => {
  const { relay, streamId } = options;
  const positions = await RELAY_PARKED.lockStream(pgRows(client), relay, streamId);
  if (positions.length === 0) return { published: [], stillParked: 0 };
  const stored = new Map((await options.eventStore.readStream(streamId)).map((event) => [event.globalPosition, event]));

  const mapped = mapInOrder(positions, stored, options);
  const messages = mapped.ready.flatMap((ready) => ready.messages);
  if (messages.length > 0) await publish(options, messages);
  const published = mapped.ready.map((ready) => ready.globalPosition);
  await RELAY_PARKED.release(pgRows(client), relay, published);
  if (!mapped.failure) return { published, stillParked: 0 };

  const failed = mapped.failure.globalPosition;
  await client.query(
    `UPDATE ${RELAY_PARKED_EVENTS_TABLE}
        SET reason = CASE WHEN global_position = $3 THEN 'unmappable' ELSE 'held-behind' END,
            held_behind = CASE WHEN global_position = $3 THEN NULL ELSE $3 END,
            error = CASE WHEN global_position = $3 THEN $4 ELSE $5 END,
            retried_at = now()
      WHERE relay = $1 AND stream_id = $2 AND global_position >= $3`,
    [relay, streamId, failed, mapped.failure.error, heldBehindText(failed)],
  );
  return { published, stillParked: positions.length - published.length, failure: mapped.failure };
};

interface MappedInOrder {
  readonly ready: ReadonlyArray<{ readonly globalPosition: number; readonly messages: OutgoingMessage[] }>;
  readonly failure?: { readonly globalPosition: number; readonly error: string };
}

/** The longest prefix of the parked events that maps now, and the first one that does not. */
const mapInOrder = (positions: readonly number[], stored: ReadonlyMap<number, RecordedEvent>, options: RetryParkedRelayEventsOptions): MappedInOrder => {
  const ready: Array<{ globalPosition: number; messages: OutgoingMessage[] }> = [];
  for (const globalPosition of positions) {
    const event = stored.get(globalPosition);
    if (!event) return { ready, failure: { globalPosition, error: `the event at position ${globalPosition} is no longer readable in ${options.streamId}` } };
    try {
      ready.push({ globalPosition, messages: toKafkaMessages(event, options.map, { source: options.source, topicOf: options.topicOf }) });
    } catch (error) {
      return { ready, failure: { globalPosition, error: errorText(error).slice(0, MAX_PARK_ERROR_LENGTH) } };
    }
  }
  return { ready };
};

/** One request, in order: the stream's messages share its key, hence one partition. */
const publish = async (options: RetryParkedRelayEventsOptions, messages: readonly OutgoingMessage[]): Promise<void> => {
  if (options.producer) {
    await options.producer.sendBatch({ acks: ACKS_ALL, topicMessages: byTopic(messages) });
    return;
  }
  if (!options.kafka) throw new TypeError('retryParkedRelayEvents needs a producer or kafka');
  const producer = createIdempotentProducer(options.kafka);
  await producer.connect();
  try {
    await producer.sendBatch({ acks: ACKS_ALL, topicMessages: byTopic(messages) });
  } finally {
    await producer.disconnect();
  }
};
