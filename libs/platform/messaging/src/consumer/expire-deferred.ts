import type { DeadLetterReason } from '@titrepro/contracts';
import type { ConsumerRuntime } from './consumer-runtime';
import { expirableDeferredLetters, recordExpiry } from './deferred-letters';

export interface ExpireDeferredOptions {
  readonly olderThanMs: number;
  readonly reason: DeadLetterReason;
  readonly limit?: number;
}

/**
 * Deferred messages never readmitted within `olderThanMs` become real dead letters under `reason`,
 * pending for `<topic>.dlq`, the deferral's text kept (see IntegrationEventConsumer.expireDeferred).
 * Returns how many expired.
 */
export const expireDeferredLetters = <Tx>(runtime: ConsumerRuntime<Tx>, options: ExpireDeferredOptions): Promise<number> =>
  runtime.options.unitOfWork.transaction(async (_tx, sql) => {
    const letters = await expirableDeferredLetters(sql, runtime.name, new Date(Date.now() - options.olderThanMs), options.limit ?? 100);
    for (const letter of letters) {
      const error = `${letter.error} (still so ${Math.round(options.olderThanMs / 1000)} s after it arrived)`;
      await recordExpiry(sql, runtime.name, letter, options.reason, error);
      runtime.logger.warn('a deferred message expired into a dead letter', { group: runtime.options.groupId, eventId: letter.eventId, reason: options.reason, error });
    }
    return letters.length;
  });
