import type { RecordedEvent } from '@titrepro/event-store';
import { errorText } from '../messaging-logger';
import { heldBehindText, MAX_PARK_ERROR_LENGTH, type EventToPark } from './parked-relay-event';
import type { StreamHolds } from './stream-holds';
import type { OutgoingMessage } from './to-kafka-messages';

/** What one event becomes in a batch: messages to publish, or a parked event (and no message). */
export interface RoutedEvent {
  readonly messages: readonly OutgoingMessage[];
  readonly parked?: EventToPark;
}

const parkedAs = (event: RecordedEvent, reason: EventToPark['reason'], heldBehind: number | undefined, error: string): EventToPark => ({
  globalPosition: event.globalPosition,
  streamId: event.streamId,
  eventId: event.eventId,
  eventType: event.type,
  reason,
  heldBehind,
  error: error.slice(0, MAX_PARK_ERROR_LENGTH),
});

const mapOrPark = (event: RecordedEvent, holds: StreamHolds, toMessages: (event: RecordedEvent) => OutgoingMessage[]): RoutedEvent => {
  try {
    return { messages: toMessages(event) };
  } catch (error) {
    // The mapping is deterministic: trying again cannot help, and the log must go on.
    holds.parked(event.streamId, event.globalPosition);
    return { messages: [], parked: parkedAs(event, 'unmappable', undefined, errorText(error)) };
  }
};

/**
 * Maps an event to its messages, or parks it: when mapping fails, and when its stream already has a
 * parked event (consumers must never see a stream's later event without the earlier one). Synchronous
 * unless the stream is held, which may take a look at the parked table.
 */
export const routeEvent = (
  event: RecordedEvent,
  holds: StreamHolds,
  toMessages: (event: RecordedEvent) => OutgoingMessage[],
): RoutedEvent | Promise<RoutedEvent> => {
  if (!holds.mayHold(event.streamId)) return mapOrPark(event, holds, toMessages);
  return holds.heldBehind(event.streamId).then((behind) => {
    if (behind === undefined) return mapOrPark(event, holds, toMessages);
    holds.parked(event.streamId, event.globalPosition);
    return { messages: [], parked: parkedAs(event, 'held-behind', behind, heldBehindText(behind)) };
  });
};
