import { isTransientFailure } from '@titrepro/event-store';
import type { KafkaMessage } from 'kafkajs';
import { errorText } from '../messaging-logger';
import { applyOne } from './apply-messages';
import { backoffDelay, DEFAULT_BACKOFF } from './backoff';
import { ConflictingRedeliveryError } from './conflicting-redelivery';
import { permanentFailureOf } from './consumed-event';
import { contentDigest } from './content-digest';
import { ConsumerStoppingError, type ConsumerRuntime } from './consumer-runtime';
import { deadLetter, type MessagePlace } from './dead-lettering';
import { decodeMessage } from './decode-message';

/**
 * One message on its own (an undecodable one, a chunk of one, or the message that failed its
 * chunk: `firstFailure`, its first attempt): dead-lettered at once when it cannot be decoded or
 * conflicts with an applied event id; otherwise applied, its failures judged. Failures of the
 * environment are retried with backoff for as long as they last; the handler's own are retried up
 * to `maxAttempts`, then dead-lettered; a PermanentHandlerError or a decider's Refusal is dead-lettered at once.
 */
export const retryOrDeadLetter = async <Tx>(runtime: ConsumerRuntime<Tx>, message: KafkaMessage, place: MessagePlace, firstFailure?: { error: unknown }): Promise<void> => {
  const { options, logger } = runtime;
  const decoded = decodeMessage(message, place, runtime.contracts);
  if (!decoded.ok) {
    // Undecodable: nothing vouches for its event id or key, so it is neither looked up nor
    // recorded in the inbox (a forged id must not pass for, or block, a real event); a
    // redelivery is found by its place in the topic.
    const refusal = { reason: decoded.reason, error: decoded.error, attempts: 0, eventId: decoded.eventId, eventType: decoded.eventType, key: undefined, inbox: undefined };
    return deadLetter(runtime, message, place, refusal);
  }
  const { event } = decoded;
  const maxAttempts = options.maxAttempts ?? 5;
  let failure = firstFailure;
  let runs = failure ? 1 : 0;
  let ownFailures = 0;
  let environmentFailures = 0;
  for (;;) {
    if (failure) {
      if (runtime.stopping()) throw new ConsumerStoppingError(`stopping; ${event.eventId} will be redelivered`);
      if (failure.error instanceof ConflictingRedeliveryError) {
        logger.warn('dead-lettering a conflicting redelivery', { group: options.groupId, eventId: event.eventId });
        const refusal = { reason: 'conflicting-redelivery', error: failure.error.message, attempts: 0, eventId: event.eventId, eventType: event.type, key: event.key, inbox: undefined } as const;
        return deadLetter(runtime, message, place, refusal);
      }
      const permanent = permanentFailureOf(failure.error);
      // The environment failing says nothing about the message: retried for as long as it lasts.
      const environment = !permanent && isTransientFailure(failure.error);
      if (environment) environmentFailures += 1;
      else ownFailures += 1;
      if (permanent || ownFailures >= maxAttempts) {
        logger.warn('dead-lettering a message its handler could not apply', { group: options.groupId, eventId: event.eventId, attempts: runs, error: errorText(failure.error) });
        const refusal = { reason: permanent ? permanent.reason : 'handler-failed', error: errorText(failure.error), attempts: runs, eventId: event.eventId, eventType: event.type, key: event.key, inbox: { contentDigest: contentDigest(event) } } as const;
        return deadLetter(runtime, message, place, refusal);
      }
      if (environment && environmentFailures % 10 === 1) {
        logger.warn('the environment failed a message; retrying until it recovers', { group: options.groupId, eventId: event.eventId, failures: environmentFailures, error: errorText(failure.error) });
      }
      runtime.metrics.retries.inc({ group: options.groupId });
      await runtime.pause(backoffDelay(environment ? environmentFailures : ownFailures, options.backoff ?? DEFAULT_BACKOFF));
      if (runtime.stopping()) throw new ConsumerStoppingError(`stopping; ${event.eventId} will be redelivered`);
      await place.heartbeat();
    }
    runs += 1;
    try {
      return runtime.count(await applyOne(runtime, { message, event }, runs));
    } catch (error) {
      failure = { error };
    }
  }
};
