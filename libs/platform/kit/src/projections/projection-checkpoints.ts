import type { DataSource, EntityManager } from 'typeorm';
import { PROJECTION_CHECKPOINTS_TABLE } from '../event-store/kit-migrations';

/** Before any event. Global positions start at 1. */
export const START_OF_LOG = 0;

/** Raised when the checkpoint is not where this runner left it: another runner, a rebuild or a retry moved it. */
export class StaleCheckpointError extends Error {
  override readonly name = 'StaleCheckpointError';
}

/** The projection's checkpoint, created at the start of the log the first time. */
export const loadCheckpoint = async (dataSource: DataSource, projection: string): Promise<number> => {
  await dataSource.query(`INSERT INTO ${PROJECTION_CHECKPOINTS_TABLE} (projection, position) VALUES ($1, $2) ON CONFLICT (projection) DO NOTHING`, [
    projection,
    START_OF_LOG,
  ]);
  return readCheckpoint(dataSource, projection);
};

/** The stored checkpoint, as it is now. */
export const readCheckpoint = async (dataSource: DataSource, projection: string): Promise<number> => {
  const rows: Array<{ position: string }> = await dataSource.query(`SELECT position FROM ${PROJECTION_CHECKPOINTS_TABLE} WHERE projection = $1`, [projection]);
  return Number(rows[0]?.position ?? START_OF_LOG);
};

/**
 * Moves the checkpoint from `from` to `to` (> from) inside the batch's transaction, first thing: the
 * row lock serialises every writer of this projection, and a writer whose `from` is no longer the
 * stored position is refused. So the checkpoint only moves forward, and a batch is never applied
 * twice or after a newer one, even by a replica that lost its lock without knowing.
 */
export const advanceCheckpoint = async (manager: EntityManager, projection: string, from: number, to: number): Promise<void> => {
  if (to <= from) throw new StaleCheckpointError(`checkpoint of ${projection} would move from ${from} to ${to}`);
  const [, affected] = (await manager.query(
    `UPDATE ${PROJECTION_CHECKPOINTS_TABLE} SET position = $3, updated_at = now() WHERE projection = $1 AND position = $2`,
    [projection, from, to],
  )) as [unknown, number];
  if (affected !== 1) throw new StaleCheckpointError(`checkpoint of ${projection} is no longer at ${from}`);
};

/** Locks the checkpoint row for the transaction (retries and rebuilds wait for the batch in progress). */
export const lockCheckpoint = async (manager: EntityManager, projection: string): Promise<number> => {
  const rows: Array<{ position: string }> = await manager.query(`SELECT position FROM ${PROJECTION_CHECKPOINTS_TABLE} WHERE projection = $1 FOR UPDATE`, [
    projection,
  ]);
  return Number(rows[0]?.position ?? START_OF_LOG);
};

export const resetCheckpoint = async (manager: EntityManager, projection: string): Promise<void> => {
  await manager.query(
    `INSERT INTO ${PROJECTION_CHECKPOINTS_TABLE} (projection, position) VALUES ($1, $2)
     ON CONFLICT (projection) DO UPDATE SET position = EXCLUDED.position, updated_at = now()`,
    [projection, START_OF_LOG],
  );
};
