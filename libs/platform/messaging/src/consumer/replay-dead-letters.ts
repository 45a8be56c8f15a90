import { CONTRACTS, type ContractRegistry, type DeadLetterReason } from '@titrepro/contracts';
import { errorText, silentLogger, type MessagingLogger } from '../messaging-logger';
import { causationFromEvent } from '../trace/causation';
import { permanentFailureOf, type IntegrationEventHandler } from './consumed-event';
import { kafkaMessageOf, MAX_DEAD_LETTER_ERROR_LENGTH, type DeadLetter } from './dead-letter';
import { deleteDeadLetter, lockKeys, nextDeadLetter, recordReplayDeferral, recordReplayFailure } from './dead-letters';
import { decodeMessage } from './decode-message';
import { postgresSafeText } from './safe-text';
import { judgeRedelivery, recordInInbox } from './inbox';
import { ConflictingRedeliveryError } from './conflicting-redelivery';
import { contentDigest } from './content-digest';
import type { SqlExecutor, UnitOfWork } from './unit-of-work';

export interface ReplayDeadLettersOptions<Tx> {
  /** The consumer's unit of work: each dead letter is applied in a transaction with its inbox record. */
  readonly unitOfWork: UnitOfWork<Tx>;
  /** The consumer's name (its `name`, or its group id). */
  readonly consumer: string;
  /** The key whose sequence is replayed (the candidate id); `null` for messages that had none. */
  readonly key: string | null;
  /** The consumer's handler, fixed. */
  readonly handler: IntegrationEventHandler<Tx>;
  /** What the messages are validated against (default: every platform contract). */
  readonly contracts?: ContractRegistry;
  readonly logger?: MessagingLogger;
}

export interface ReplayDeadLettersOutcome {
  /** Dead letters applied now, in order. */
  readonly applied: number;
  /** Dead letters whose event the consumer had applied already: removed without applying them again. */
  readonly duplicates: number;
  /** Dead letters the handler could not judge yet: deferred now, holding nothing (see HandlerContext.defer). */
  readonly deferred?: number;
  /** The first dead letter that failed again, with its new error; it and those after it stay held. */
  readonly failure?: { readonly sequence: number; readonly eventId: string | undefined; readonly error: string };
}

class ReplayRefusedError extends Error {
  override readonly name = 'ReplayRefusedError';
  constructor(
    readonly reason: Extract<DeadLetterReason, 'invalid-payload' | 'unknown-contract' | 'conflicting-redelivery'>,
    message: string,
  ) {
    super(message);
  }
}

type Step =
  | { readonly done: true }
  | { readonly done: false; readonly applied: boolean; readonly deferred: boolean }
  | { readonly done: false; readonly failure: NonNullable<ReplayDeadLettersOutcome['failure']> };

/**
 * Operator replay of one key's dead letters: applies them in sequence through the handler, each in a
 * transaction with its inbox record, and deletes each as it succeeds. A dead-lettered event is
 * applied (its `dead-lettered` inbox entry becomes `handled`); one already `handled` is a duplicate
 * and only removed. It stops at the first that fails again: that one keeps the new error, and it
 * and those after it stay held. Once the key's sequence is empty, the consumer applies its new
 * messages again. Safe beside running consumers: each step holds the key's lock.
 */
export const replayDeadLetters = async <Tx>(options: ReplayDeadLettersOptions<Tx>): Promise<ReplayDeadLettersOutcome> => {
  const logger = options.logger ?? silentLogger;
  let applied = 0;
  let duplicates = 0;
  let deferred = 0;
  const outcome = (): ReplayDeadLettersOutcome => (deferred > 0 ? { applied, duplicates, deferred } : { applied, duplicates });
  for (;;) {
    // One step per letter, under the key's lock: the failure of a step is recorded in the same
    // transaction (after rolling back to a savepoint), so a concurrent replay never sees it half done.
    const step = await options.unitOfWork.transaction(async (tx, sql): Promise<Step> => {
      if (options.key !== null) await lockKeys(sql, options.consumer, [options.key]);
      const letter = await nextDeadLetter(sql, options.consumer, options.key);
      if (!letter) return { done: true };
      await sql('SAVEPOINT replay_step');
      try {
        const { fresh, deferredWhy } = await applyDeadLetter(letter, options, tx, sql);
        if (deferredWhy === undefined) await deleteDeadLetter(sql, options.consumer, letter.sequence);
        else await recordReplayDeferral(sql, options.consumer, letter, deferredWhy);
        return { done: false, applied: fresh && deferredWhy === undefined, deferred: deferredWhy !== undefined };
      } catch (error) {
        await sql('ROLLBACK TO SAVEPOINT replay_step');
        const failure = { sequence: letter.sequence, eventId: letter.eventId, error: postgresSafeText(errorText(error), MAX_DEAD_LETTER_ERROR_LENGTH) };
        const reason = error instanceof ReplayRefusedError ? error.reason : permanentFailureOf(error)?.reason ?? 'handler-failed';
        await recordReplayFailure(sql, options.consumer, letter, { reason, error: failure.error }, { dlqPending: reason === 'conflicting-redelivery' });
        return { done: false, failure };
      }
    });
    if (step.done) return outcome();
    if ('failure' in step) {
      logger.warn('dead letter replay stopped at a message that failed again', { consumer: options.consumer, key: options.key, ...step.failure });
      return { ...outcome(), failure: step.failure };
    }
    if (step.deferred) deferred += 1;
    else if (step.applied) applied += 1;
    else duplicates += 1;
  }
};

/**
 * Decodes the stored message again and applies it once: `fresh` false when the consumer had applied
 * it already, `deferred` the handler's reason when it could not judge it yet.
 */
const applyDeadLetter = async <Tx>(
  letter: DeadLetter,
  options: ReplayDeadLettersOptions<Tx>,
  tx: Tx,
  sql: SqlExecutor,
): Promise<{ fresh: boolean; deferredWhy: string | undefined }> => {
  const decoded = decodeMessage(kafkaMessageOf(letter), { topic: letter.topic, partition: letter.partition }, options.contracts ?? CONTRACTS);
  if (!decoded.ok) throw new ReplayRefusedError(decoded.reason, decoded.error);
  const { event } = decoded;
  const digest = contentDigest(event);
  const fresh = await recordInInbox(
    sql,
    { consumer: options.consumer, eventId: event.eventId, eventType: event.type, topic: letter.topic, partition: letter.partition, offset: letter.offset, outcome: 'handled', contentDigest: digest },
    { replay: true },
  );
  // Held behind its key's head, then that head applied under the same id with other content: it
  // becomes a rejected letter (holding nothing), pending for the dead-letter topic (the consumer's sweep).
  if (!fresh && (await judgeRedelivery(sql, options.consumer, event.eventId, digest)) === 'conflict') {
    throw new ReplayRefusedError('conflicting-redelivery', new ConflictingRedeliveryError(event.eventId).message);
  }
  let deferredWhy: string | undefined;
  const defer = async (why: string) => void (deferredWhy = why);
  if (fresh) await options.handler(event, { tx, sql, causation: causationFromEvent(event), attempt: letter.attempts + 1, defer });
  return { fresh, deferredWhy };
};
