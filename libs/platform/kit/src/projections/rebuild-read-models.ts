import type { EventStore } from '@titrepro/event-store';
import type { DataSource } from 'typeorm';
import type { AnyProjection } from './projection-definition';
import { rebuildInShadow, type ShadowRebuildOutcome, type ShadowRebuildProgress } from './shadow-rebuild';

export interface ReadModelsRebuildOptions {
  readonly dataSource: DataSource;
  readonly store: EventStore;
  readonly projections: readonly AnyProjection[];
  /** Events per page (rebuildInShadow's default otherwise). */
  readonly batchSize?: number;
  readonly onProgress?: (progress: ShadowRebuildProgress) => void;
}

export interface ReadModelsRebuildOutcome {
  readonly outcomes: readonly ShadowRebuildOutcome[];
  /** Events applied, over every projection (each reads the events of its own category). */
  readonly events: number;
  readonly elapsedMs: number;
  readonly eventsPerSecond: number;
}

/**
 * Every read model of a service rebuilt into new tables and switched in, one projection after the
 * other (on two cores, one Node process applying and one PostgreSQL backend writing are all there is
 * to use; side by side they would only take turns).
 */
export const rebuildReadModels = async (options: ReadModelsRebuildOptions): Promise<ReadModelsRebuildOutcome> => {
  const started = Date.now();
  const outcomes: ShadowRebuildOutcome[] = [];
  for (const projection of options.projections) {
    outcomes.push(
      await rebuildInShadow({
        dataSource: options.dataSource,
        store: options.store,
        projection,
        ...(options.batchSize ? { batchSize: options.batchSize } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      }),
    );
  }
  const elapsedMs = Date.now() - started;
  const events = outcomes.reduce((sum, outcome) => sum + outcome.events, 0);
  return { outcomes, events, elapsedMs, eventsPerSecond: elapsedMs > 0 ? (events * 1000) / elapsedMs : 0 };
};
