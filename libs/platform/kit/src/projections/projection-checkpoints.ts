import type { DataSource, EntityManager } from 'typeorm';
import { PROJECTION_CHECKPOINTS, rowsOf } from './processor-tables';

export { START_OF_LOG } from './processor-tables';

/** Raised when the checkpoint is not where this runner left it: another runner, a rebuild or a retry moved it. */
export class StaleCheckpointError extends Error {
  override readonly name = 'StaleCheckpointError';
}

/** The projection's checkpoint, created at the start of the log the first time. */
export const loadCheckpoint = (dataSource: DataSource, projection: string): Promise<number> => PROJECTION_CHECKPOINTS.load(rowsOf(dataSource), projection);

/** The stored checkpoint, as it is now. */
export const readCheckpoint = (dataSource: DataSource, projection: string): Promise<number> => PROJECTION_CHECKPOINTS.read(rowsOf(dataSource), projection);

/**
 * Moves the checkpoint from `from` to `to` (> from) inside the batch's transaction, first thing: the
 * row lock serialises every writer of this projection, and a writer whose `from` is no longer the
 * stored position is refused. So the checkpoint only moves forward, and a batch is never applied
 * twice or after a newer one, even by a replica that lost its lock without knowing.
 */
export const advanceCheckpoint = async (manager: EntityManager, projection: string, from: number, to: number): Promise<void> => {
  if (to <= from) throw new StaleCheckpointError(`checkpoint of ${projection} would move from ${from} to ${to}`);
  if (!(await PROJECTION_CHECKPOINTS.advanceFrom(rowsOf(manager), projection, from, to))) throw new StaleCheckpointError(`checkpoint of ${projection} is no longer at ${from}`);
};

/** Locks the checkpoint row for the transaction (retries and rebuilds wait for the batch in progress). */
export const lockCheckpoint = (manager: EntityManager, projection: string): Promise<number> => PROJECTION_CHECKPOINTS.lock(rowsOf(manager), projection);

export const resetCheckpoint = (manager: EntityManager, projection: string): Promise<void> => PROJECTION_CHECKPOINTS.reset(rowsOf(manager), projection);
