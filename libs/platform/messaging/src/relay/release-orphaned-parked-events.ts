import type { Producer } from 'kafkajs';
import { Pool } from 'pg';
import { errorText, type MessagingLogger } from '../messaging-logger';
import type { HeldLock } from './advisory-lock';
import { orphanedParkedStreams } from './parked-relay-events';
import type { RelayOptions } from './relay';
import { retryParkedRelayEvents } from './retry-parked-relay-events';

/**
 * The leader's mend for a race with an operator's retry: while the retry was committing, the relay
 * held a stream's next event behind the head the retry then released, so that event waits behind a
 * position no longer parked, and nothing would ever release it. Such streams are found on the lock's
 * connection and retried as an operator would (same mapping, same producer, rows locked), on a
 * connection of their own. A failure is logged; the next pass tries again.
 */
export const releaseOrphanedParkedEvents = async (lock: HeldLock, producer: Producer, options: RelayOptions, logger: MessagingLogger): Promise<void> => {
  const { name, eventStore, map, source, topicOf, metrics, database } = options;
  let ownPool: Pool | undefined;
  try {
    const streams = await orphanedParkedStreams(lock.client, name);
    if (streams.length === 0) return;
    // The service's pool when it gave one (its connection budget counts it); else one connection for this pass.
    const pool = options.pool ?? (ownPool = new Pool({ ...(typeof database === 'string' ? { connectionString: database } : database), max: 1 }));
    ownPool?.on('error', () => undefined);
    for (const streamId of streams) {
      const outcome = await retryParkedRelayEvents({ pool, relay: name, streamId, eventStore, map, source, topicOf, metrics, producer });
      logger.warn('relay released events held behind a parked event that had been retried already', { relay: name, streamId, published: outcome.published.length });
    }
  } catch (error) {
    logger.error('relay could not release orphaned parked events; it tries again later', { relay: name, error: errorText(error) });
  } finally {
    await ownPool?.end().catch(() => undefined);
  }
};
