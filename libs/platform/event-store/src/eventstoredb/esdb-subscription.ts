import { excludeSystemEvents, START, streamNameFilter, type AllStreamResolvedEvent, type EventStoreDBClient } from '@eventstore/db-client';
import type { Subscription, SubscriptionOptions } from '../port/event-store';
import type { KeyStore } from '../port/key-store';
import { revealEvents } from '../stored/reveal-events';
import { deliveryOf } from '../subscription/delivery';
import { fromEsdbEvent, isInternalOrSystem } from './esdb-envelope';

/**
 * A catch-up subscription to $all (server-side filtered by category prefix or system events).
 * `handleBatch` gets one event per batch: the client's async iterator tells nothing of what else
 * is already buffered, and waiting to fill a batch would delay every event.
 */
export const subscribeToEsdb = (
  client: EventStoreDBClient,
  keyStore: KeyStore | undefined,
  options: SubscriptionOptions,
): Subscription => {
  const delivery = deliveryOf(options);
  let handled = options.after ?? 0;
  let running = true;
  const subscription = client.subscribeToAll({
    fromPosition: handled > 0 ? { commit: BigInt(handled), prepare: BigInt(handled) } : START,
    filter: options.category === undefined ? excludeSystemEvents() : streamNameFilter({ prefixes: [`${options.category}-`] }),
  });
  let failure: { error: unknown } | undefined;
  const done = (async () => {
    for await (const resolved of subscription as AsyncIterable<AllStreamResolvedEvent>) {
      if (!running) break;
      const event = resolved.event;
      if (!event || isInternalOrSystem(event.streamId, event.type)) continue;
      const stored = fromEsdbEvent(event);
      if (!stored || stored.globalPosition <= handled) continue;
      const [recorded] = await revealEvents([stored], keyStore);
      if (!recorded || !running) continue;
      await (delivery.kind === 'batch' ? delivery.handleBatch([recorded]) : delivery.handler(recorded));
      handled = recorded.globalPosition;
    }
  })().catch((error: unknown) => {
    running = false;
    if (options.onError) options.onError(error);
    else failure = { error };
  });
  return {
    position: () => handled,
    stop: async () => {
      running = false;
      await subscription.unsubscribe();
      await done;
      if (failure) throw failure.error;
    },
  };
};
