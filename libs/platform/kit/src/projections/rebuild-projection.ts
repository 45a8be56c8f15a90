import type { DataSource } from 'typeorm';
import { clearParkedEvents } from './parked-events';
import { lockCheckpoint, resetCheckpoint } from './projection-checkpoints';
import type { AnyProjection } from './projection-definition';

const TABLE = /^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/;

/**
 * Empties the projection's tables, its parked events and its checkpoint in one transaction; the
 * running runner finds its checkpoint moved, and replays the log from the start.
 */
export const rebuildProjection = async (dataSource: DataSource, projection: AnyProjection): Promise<void> => {
  for (const table of projection.tables) if (!TABLE.test(table)) throw new Error(`Invalid table name "${table}" in projection ${projection.name}`);
  await dataSource.transaction(async (manager) => {
    await lockCheckpoint(manager, projection.name);
    if (projection.tables.length > 0) await manager.query(`TRUNCATE ${projection.tables.join(', ')}`);
    await clearParkedEvents(manager, projection.name);
    await resetCheckpoint(manager, projection.name);
  });
};
