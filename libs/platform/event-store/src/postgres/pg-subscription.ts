import type { Subscription, SubscriptionOptions } from '../port/event-store';
import type { RecordedEvent } from '../port/events';
import { deliveryOf } from '../subscription/delivery';
import { Wakeup } from './wakeup';

/** Where a polling subscription reads from: the stable prefix of the global log. */
export interface StableLog {
  stablePosition(): Promise<number>;
  page(after: number, upTo: number, maxCount: number, category: string | undefined): Promise<RecordedEvent[]>;
}

export interface PollingSettings {
  readonly batchSize: number;
  /** Safety net when no notification arrives (a rolled-back append, a lost connection). */
  readonly pollIntervalMs: number;
}

/**
 * Catch-up subscription: reads pages of the stable log (the next one while the handler works through
 * the current one), hands events to the handler one at a time (or each page to handleBatch), then
 * sleeps until a commit is announced (or the poll interval ends). Reading only below the stable position is what makes it gap-safe; `scanned` may run ahead of the last handled event
 * (category filters, rolled-back positions) but only over positions that can no longer fill.
 */
export const startPollingSubscription = (
  log: StableLog,
  options: SubscriptionOptions,
  settings: PollingSettings,
  registerWakeup: (poke: () => void) => () => void,
): Subscription => {
  const delivery = deliveryOf(options);
  let handled = options.after ?? 0;
  let scanned = handled;
  let running = true;
  const wakeup = new Wakeup();
  const unregister = registerWakeup(wakeup.poke);

  /** The page after `after`, read now; a page nobody waits for (a stop, a failed handler) fails silently. */
  const prefetch = (after: number, stable: number): Promise<RecordedEvent[]> => {
    const page = log.page(after, stable, settings.batchSize, options.category);
    page.catch(() => undefined);
    return page;
  };

  const loop = async (): Promise<void> => {
    while (running) {
      const stable = await log.stablePosition();
      // Below `stable` nothing changes any more: the next page is read while this one is handled.
      let pending = scanned < stable ? prefetch(scanned, stable) : undefined;
      while (running && pending) {
        const events = await pending;
        const last = events[events.length - 1];
        const full = events.length >= settings.batchSize;
        pending = full && last && last.globalPosition < stable ? prefetch(last.globalPosition, stable) : undefined;
        if (delivery.kind === 'batch') {
          if (!running) return;
          if (last) {
            await delivery.handleBatch(events);
            handled = last.globalPosition;
            scanned = last.globalPosition;
          }
        } else {
          for (const event of events) {
            if (!running) return;
            await delivery.handler(event);
            handled = event.globalPosition;
            scanned = event.globalPosition;
          }
        }
        if (!full) scanned = stable;
      }
      if (running) await wakeup.wait(settings.pollIntervalMs);
    }
  };

  let failure: { error: unknown } | undefined;
  const done = loop().catch((error: unknown) => {
    running = false;
    unregister();
    if (options.onError) options.onError(error);
    else failure = { error };
  });

  return {
    position: () => handled,
    stop: async () => {
      running = false;
      unregister();
      wakeup.poke();
      await done;
      // Without onError, the failure that stopped the subscription surfaces here.
      if (failure) throw failure.error;
    },
  };
};
