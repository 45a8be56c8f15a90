import { AdvisoryLockContender, type AdvisoryLockOptions, type HeldLock } from '../relay/advisory-lock';
import type { LockContender } from './shared-lock-connection';

export interface ElectedLoopOptions {
  /** The advisory lock the replicas compete for: one holder at a time. */
  readonly lock: AdvisoryLockOptions;
  /** Competes through this instead of a connection of its own (a SharedLockConnection's contender for `lock.key`). */
  readonly contender?: LockContender;
  /** How often a follower tries to take the lock. */
  readonly electionIntervalMs: number;
  readonly isStopping: () => boolean;
  /** Sleeps, waking early on stop. */
  readonly pause: (ms: number) => Promise<void>;
  readonly onLeading: () => void;
  /** Leading ended while not stopping; `lockLost` when the lock went away rather than being released. */
  readonly onFollowing: (lockLost: boolean) => void;
  /** One session as leader; resolves with the pause before the next one (0: at once). */
  readonly session: (lock: HeldLock) => Promise<number>;
}

/**
 * The loop of any work only one replica may do at a time (the relay, each projection): compete for
 * the lock; once held, run sessions back to back while it is held; release it when stopping. If the
 * holder's process or connection dies, PostgreSQL frees the lock and a follower takes over.
 */
export const runElected = async (options: ElectedLoopOptions): Promise<void> => {
  const contender = options.contender ?? new AdvisoryLockContender(options.lock);
  try {
    while (!options.isStopping()) {
      const lock = await contender.tryAcquire();
      if (!lock) {
        await options.pause(options.electionIntervalMs);
        continue;
      }
      options.onLeading();
      try {
        while (!options.isStopping() && lock.isHeld()) {
          const wait = await options.session(lock);
          if (wait > 0) await options.pause(wait);
        }
      } finally {
        const lockLost = !lock.isHeld();
        await lock.release();
        if (!options.isStopping()) options.onFollowing(lockLost);
      }
    }
  } finally {
    await contender.close();
  }
};
