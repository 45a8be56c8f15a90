/**
 * At most `capacity` holders at once; the others wait their turn, first come first served.
 *
 * An Idempotency-Key's transaction holds one connection of the event store's pool while its command
 * runs, and the command reads (an assessor's facts, the stream) through the same pool. With as many
 * keyed requests at once as the pool has connections, every connection was held by a transaction
 * whose command waited for another: all of them timed out (503), over and over, under a load of a
 * few commands per second (bench end-to-end). Leaving one connection out of the transactions' reach
 * keeps the commands' own reads moving.
 */
export class TransactionSlots {
  private held = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be a positive integer, not ${capacity}`);
  }

  /** Resolves once a slot is free; call the answer exactly once to give it back. */
  async acquire(): Promise<() => void> {
    if (this.held < this.capacity) this.held += 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      // The slot passes straight to the next in line: `held` stays the same.
      if (next) next();
      else this.held -= 1;
    };
  }

  /** Holders now, and callers waiting. */
  get usage(): { readonly held: number; readonly waiting: number } {
    return { held: this.held, waiting: this.waiting.length };
  }
}

/** The slots for a pool of `poolSize` connections: all but one (at least one). */
export const transactionSlotsFor = (poolSize: number): TransactionSlots => new TransactionSlots(Math.max(1, poolSize - 1));
