import type { SubscriptionOptions } from '../port/event-store';
import type { RecordedEvent } from '../port/events';

/** How a subscription hands events over: one per call, or a batch per call. */
export type Delivery =
  | { readonly kind: 'each'; readonly handler: (event: RecordedEvent) => Promise<void> }
  | { readonly kind: 'batch'; readonly handleBatch: (events: readonly RecordedEvent[]) => Promise<void> };

/**
 * The delivery the options ask for. Checked at run time too: options built without the types (a
 * cast, plain JavaScript) with both or neither would otherwise silently pick one.
 */
export const deliveryOf = (options: SubscriptionOptions): Delivery => {
  const { handler, handleBatch } = options as { handler?: unknown; handleBatch?: unknown };
  if (typeof handler === 'function' && handleBatch === undefined) return { kind: 'each', handler: handler as (event: RecordedEvent) => Promise<void> };
  if (typeof handleBatch === 'function' && handler === undefined) {
    return { kind: 'batch', handleBatch: handleBatch as (events: readonly RecordedEvent[]) => Promise<void> };
  }
  throw new TypeError('subscribe needs exactly one of handler and handleBatch');
};
