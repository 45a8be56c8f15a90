import type { EventStore } from '@titrepro/event-store';
import type { ReadinessCheckResult } from '@titrepro/platform-nest';
import type { ProjectionStatus } from './projection-runner';

/** Whether the store holds an event after `position` that the projection reads. */
export const eventsWaiting = async (store: EventStore, position: number, category: string | undefined): Promise<boolean> =>
  (await store.readAll({ after: position, maxCount: 1, ...(category ? { category } : {}) })).length > 0;

/**
 * A projection's readiness. `down`: it has been failing for the environment's reasons (the
 * database, a missing migration…) for `stallMs` while events wait for it: its read models no longer
 * advance, and an operator looks at `lastError`. `degraded`: it parked events it could not apply
 * (retry or rebuild once fixed), or it is failing but not yet for long.
 */
export const projectionReadiness = async (
  status: ProjectionStatus,
  stallMs: number,
  waiting: (after: number) => Promise<boolean>,
): Promise<ReadinessCheckResult> => {
  if (status.consecutiveFailures > 0 && status.failingForMs >= stallMs && (await waiting(status.position))) {
    const message = `projection ${status.projection} has failed for ${Math.floor(status.failingForMs / 1000)} s with events waiting: ${status.lastError ?? 'unknown error'}`;
    return { status: 'down', details: { ...status, message } };
  }
  const degraded = status.parked > 0 || status.consecutiveFailures > 0;
  return { status: degraded ? 'degraded' : 'up', details: { ...status } };
};
