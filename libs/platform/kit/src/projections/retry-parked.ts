import type { EventStore } from '@titrepro/event-store';
import type { DataSource } from 'typeorm';
import { applyEvent } from './apply-event';
import { listParkedEvents, recordRetryFailure, releaseParkedEvent } from './parked-events';
import { lockCheckpoint } from './projection-checkpoints';
import type { AnyProjection } from './projection-definition';

export interface RetryOutcome {
  readonly applied: number;
  /** Still parked: the first that failed again, and those held behind it. */
  readonly remaining: number;
  readonly error?: string;
}

/**
 * The operator's retry of one stream's parked events: applied in their order, each released once
 * applied; the first that fails again stays parked with its new error, and those after it stay
 * held. Runs under the checkpoint's row lock, so no batch of the runner interleaves with it.
 * Undefined when the projection holds nothing parked of that stream.
 */
export const retryParkedEvents = async (dataSource: DataSource, store: EventStore, projection: AnyProjection, streamId: string): Promise<RetryOutcome | undefined> =>
  dataSource.transaction(async (manager) => {
    await lockCheckpoint(manager, projection.name);
    const parked = await listParkedEvents(manager, projection.name, streamId);
    if (parked.length === 0) return undefined;
    const recorded = new Map((await store.readStream(streamId)).map((event) => [event.globalPosition, event]));
    let applied = 0;
    for (const entry of parked) {
      const event = recorded.get(entry.globalPosition);
      const outcome = event ? await applyEvent(manager, projection, event) : { applied: false as const, error: 'the event is no longer in its stream' };
      if (!outcome.applied) {
        await recordRetryFailure(manager, projection.name, entry.globalPosition, outcome.error);
        return { applied, remaining: parked.length - applied, error: outcome.error };
      }
      await releaseParkedEvent(manager, projection.name, entry.globalPosition);
      applied += 1;
    }
    return { applied, remaining: 0 };
  });
