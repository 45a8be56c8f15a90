import { causationFromEvent } from '../trace/causation';
import { ConflictingRedeliveryError } from './conflicting-redelivery';
import { contentDigest } from './content-digest';
import { ConsumerStoppingError, type ConsumerRuntime, type Outcome } from './consumer-runtime';
import { recordDeferral } from './deferred-letters';
import { judgeRedelivery, recordInInbox } from './inbox';
import { holdBehind, keysHeldBehindDeadLetters, type ReceivedMessage } from './key-sequence';
import type { SqlExecutor } from './unit-of-work';

/** How far a chunk went: its first `committed` messages are applied; the next one failed with `failure`. */
export interface ChunkOutcome {
  readonly committed: number;
  readonly failure: { readonly error: unknown } | undefined;
}

/**
 * Applies consecutive messages in one transaction: one commit (one fsync) for many, and one look
 * at the dead letters for all their keys. When one fails, everything rolls back; those before it
 * are applied again together, and the caller takes the failing one alone, its failure counting as
 * the first attempt.
 */
export const applyChunk = async <Tx>(runtime: ConsumerRuntime<Tx>, chunk: readonly ReceivedMessage[]): Promise<ChunkOutcome> => {
  let reached = 0;
  try {
    const outcomes = await runtime.options.unitOfWork.transaction(async (tx, sql) => {
      const held = await keysHeldBehindDeadLetters(sql, runtime.name, chunk);
      const decided: Outcome[] = [];
      for (const [position, received] of chunk.entries()) {
        reached = position;
        decided.push(await applyOrHold(runtime, tx, sql, received, held, 1));
      }
      return decided;
    });
    for (const outcome of outcomes) runtime.count(outcome);
    return { committed: chunk.length, failure: undefined };
  } catch (error) {
    if (runtime.stopping()) throw new ConsumerStoppingError('stopping; the messages will be redelivered');
    if (reached === 0) return { committed: 0, failure: { error } };
    const rerun = await applyChunk(runtime, chunk.slice(0, reached));
    return rerun.committed === reached ? { committed: reached, failure: { error } } : rerun;
  }
};

/** One attempt at one message: the key's dead letters looked at, then the inbox record and effect, in one transaction. */
export const applyOne = <Tx>(runtime: ConsumerRuntime<Tx>, received: ReceivedMessage, attempt: number): Promise<Outcome> =>
  runtime.options.unitOfWork.transaction(async (tx, sql) =>
    applyOrHold(runtime, tx, sql, received, await keysHeldBehindDeadLetters(sql, runtime.name, [received]), attempt),
  );

/**
 * In the caller's transaction, the judgement of one message: held behind its key's dead letters, a
 * redelivery (`duplicate`), a conflicting redelivery (thrown: ConflictingRedeliveryError), or
 * applied once (its inbox record and the handler's effect), or deferred by the handler.
 */
const applyOrHold = async <Tx>(
  runtime: ConsumerRuntime<Tx>,
  tx: Tx,
  sql: SqlExecutor,
  received: ReceivedMessage,
  held: Map<string, number>,
  attempt: number,
): Promise<Outcome> => {
  const { event } = received;
  const head = event.key === undefined ? undefined : held.get(event.key);
  if (head !== undefined) return holdBehind(sql, runtime.name, received, head);
  const digest = contentDigest(event);
  const entry = { consumer: runtime.name, eventId: event.eventId, eventType: event.type, topic: event.topic, partition: event.partition, offset: event.offset };
  const fresh = await recordInInbox(sql, { ...entry, outcome: 'handled', contentDigest: digest });
  if (!fresh) {
    // Kafka and the relay send the same content again; the same id with other content is not that.
    if ((await judgeRedelivery(sql, runtime.name, event.eventId, digest)) === 'conflict') throw new ConflictingRedeliveryError(event.eventId);
    return 'duplicate';
  }
  let deferred = false;
  const defer = async (why: string) => {
    deferred = true;
    await recordDeferral(sql, runtime.name, received.message, event, why, attempt);
  };
  const keyHeldFromNowOn = (key: string, head: number) => void held.set(key, head);
  await runtime.options.handler(event, { tx, sql, causation: causationFromEvent(event), attempt, defer, keyHeldFromNowOn });
  return deferred ? 'deferred' : 'applied';
};
