import type { RecordedEvent } from '@titrepro/event-store';
import type { DataSource } from 'typeorm';
import { applyPage } from './apply-page';
import { advanceCheckpoint } from './projection-checkpoints';
import type { AnyProjection } from './projection-definition';

export interface BatchOutcome {
  /** The checkpoint after the batch: the position of its last event. */
  readonly position: number;
  readonly parked: number;
}

/**
 * Applies a page of the log in one transaction with the checkpoint move: many events per commit,
 * nothing applied without the checkpoint nor the other way round (applyPage: what cannot be
 * applied is parked, with its stream's later events held behind it).
 */
export const applyBatch = async (dataSource: DataSource, projection: AnyProjection, from: number, events: readonly RecordedEvent[]): Promise<BatchOutcome> => {
  const last = events[events.length - 1];
  if (!last) return { position: from, parked: 0 };
  return dataSource.transaction(async (manager) => {
    await advanceCheckpoint(manager, projection.name, from, last.globalPosition);
    const parked = await applyPage(manager, projection, events, projection.name);
    return { position: last.globalPosition, parked };
  });
};
