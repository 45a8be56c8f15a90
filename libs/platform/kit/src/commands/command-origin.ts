import type { Actor } from '@titrepro/event-store';
import type { Causation } from '@titrepro/messaging';

/**
 * Where a command comes from: who asks, the chain of work it belongs to (correlation, causation,
 * trace), and the transaction to run in when the caller holds one (a consumer's inbox transaction,
 * or an Idempotency-Key's). Carries nothing else of the request: no header map, no token.
 */
export interface CommandOrigin {
  readonly actor: Actor;
  readonly causation: Causation;
  /** A `pg` client inside BEGIN: the command reads and appends in it, and commits with it. */
  readonly transaction?: unknown;
}
