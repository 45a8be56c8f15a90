import type { RecordedEvent } from '@titrepro/event-store';
import type { DataSource } from 'typeorm';
import { applyEvent } from './apply-event';
import { parkEvent, streamsWithParkedEvents } from './parked-events';
import { advanceCheckpoint } from './projection-checkpoints';
import type { AnyProjection } from './projection-definition';

export interface BatchOutcome {
  /** The checkpoint after the batch: the position of its last event. */
  readonly position: number;
  readonly parked: number;
}

/**
 * Applies a page of the log in one transaction with the checkpoint move: many events per commit
 * (rebuilds need it), nothing applied without the checkpoint nor the other way round. An event that
 * cannot be applied is parked with its error, and so are the later events of its stream (held
 * behind it, so that a stream's events are never applied out of order); the others go on.
 */
export const applyBatch = async (dataSource: DataSource, projection: AnyProjection, from: number, events: readonly RecordedEvent[]): Promise<BatchOutcome> => {
  const last = events[events.length - 1];
  if (!last) return { position: from, parked: 0 };
  return dataSource.transaction(async (manager) => {
    await advanceCheckpoint(manager, projection.name, from, last.globalPosition);
    const held = await streamsWithParkedEvents(manager, projection.name, [...new Set(events.map((event) => event.streamId))]);
    let parked = 0;
    for (const recorded of events) {
      if (held.has(recorded.streamId)) {
        await parkEvent(manager, projection.name, recorded, 'held-behind', `held behind an earlier parked event of ${recorded.streamId}`);
        parked += 1;
        continue;
      }
      const outcome = await applyEvent(manager, projection, recorded);
      if (!outcome.applied) {
        await parkEvent(manager, projection.name, recorded, 'failed', outcome.error);
        held.add(recorded.streamId);
        parked += 1;
      }
    }
    return { position: last.globalPosition, parked };
  });
};
