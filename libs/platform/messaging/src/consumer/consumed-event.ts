import { Refusal } from '@titrepro/domain-kernel';
import type { DeadLetterReason } from '@titrepro/contracts';
import type { Causation } from '../trace/causation';
import type { SqlExecutor } from './unit-of-work';

/** An integration event as a handler receives it: validated against its contract. */
export interface ConsumedEvent {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  /** The contract schema's output: unknown fields stripped. */
  readonly payload: Readonly<Record<string, unknown>> & { readonly candidateId: string };
  readonly key: string | undefined;
  readonly correlationId: string;
  readonly causationId: string | undefined;
  readonly traceparent: string | undefined;
  readonly occurredAt: string | undefined;
  /** The producing service and region (`titrepro.registry/idf`), as its relay stamped it. */
  readonly source: string | undefined;
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
}

export interface HandlerContext<Tx> {
  /** The transaction the inbox record commits in: make the effect through it. */
  readonly tx: Tx;
  /** SQL in that same transaction. */
  readonly sql: SqlExecutor;
  /** For the events the handler appends: same correlation, caused by this event, trace continued. */
  readonly causation: Causation;
  /** 1 for the first try. */
  readonly attempt: number;
  /**
   * The event cannot be judged yet: what it depends on travels on another topic and has not arrived
   * (the registry's news of a candidate's new home region, say). Sets the message aside, in this
   * transaction, as a `deferred` dead letter (no retries, nothing held behind it, nothing on the
   * dead-letter topic); the handler then returns without effect. Recorded in the transaction that
   * decided it, under whatever lock the handler holds, so news committed meanwhile cannot miss it.
   * The news' handler readmits it (readmitDeferredLetters, in its own transaction); one never
   * readmitted expires (IntegrationEventConsumer.expireDeferred) into a real dead letter.
   */
  readonly defer: (why: string) => Promise<void>;
  /**
   * Set by the consumer: the handler made `head` a dead letter of `key` (a readmitted message
   * refused), so the messages after this one in the same transaction wait behind it.
   */
  readonly keyHeldFromNowOn?: (key: string, head: number) => void;
}

/** A consumer's handler: applies one event through `context.tx`. Throwing rolls the effect back. */
export type IntegrationEventHandler<Tx> = (event: ConsumedEvent, context: HandlerContext<Tx>) => Promise<void>;

/**
 * Thrown by a handler when retrying cannot help: the message goes to the dead-letter topic at once,
 * under `reason` (`permanent-error` unless a more precise one applies, e.g. `untrusted-source`).
 */
export class PermanentHandlerError extends Error {
  override readonly name: string = 'PermanentHandlerError';
  constructor(
    message: string,
    readonly reason: Extract<DeadLetterReason, 'permanent-error' | 'untrusted-source'> = 'permanent-error',
  ) {
    super(message);
  }
}


/**
 * Whether retrying cannot help, and under which dead-letter reason: a PermanentHandlerError, or a
 * decider's Refusal as a command handler threw it (deciding again decides the same).
 */
export const permanentFailureOf = (error: unknown): { readonly reason: PermanentHandlerError['reason'] } | undefined => {
  if (error instanceof PermanentHandlerError) return { reason: error.reason };
  if (error instanceof Refusal) return { reason: 'permanent-error' };
  return undefined;
};
