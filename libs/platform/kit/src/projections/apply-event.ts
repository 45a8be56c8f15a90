import type { RecordedEvent } from '@titrepro/event-store';
import type { EntityManager } from 'typeorm';
import { errorLine, isAboutTheEvent } from './failure-kind';
import { PageUnitOfWork } from './page-rows';
import { isRowProjection, isSqlProjection, type AnyProjection } from './projection-definition';

export type ApplyOutcome = { readonly applied: true } | { readonly applied: false; readonly error: string };

/**
 * Applies one event in a savepoint of the batch's transaction: a failure about the event rolls back
 * that event only and is returned (the caller parks it); a failure about the environment is thrown
 * (the batch rolls back and is retried later). Events of types the projection does not know were
 * written by a newer version or belong to another reader: they count as applied (nothing to do).
 * A page that holds a failure, a retry and a reconciliation's fold apply events this way.
 */
export const applyEvent = async (manager: EntityManager, projection: AnyProjection, recorded: RecordedEvent): Promise<ApplyOutcome> => {
  if (!projection.events.has(recorded.type)) return { applied: true };
  const read = projection.events.read(recorded);
  if (!read.ok) return { applied: false, error: `unreadable ${recorded.type}: ${read.error.message}` };
  await manager.query('SAVEPOINT projection_event');
  try {
    if (isRowProjection(projection)) {
      const unit = await PageUnitOfWork.load(manager, projection.readModels, [projection.scope(read.value)]);
      await projection.apply(unit.rows, read.value, recorded);
      await unit.flush(manager);
    } else if (isSqlProjection(projection)) {
      await projection.apply(manager, read.value, recorded);
    }
    await manager.query('RELEASE SAVEPOINT projection_event');
    return { applied: true };
  } catch (error) {
    if (!isAboutTheEvent(error)) throw error;
    await manager.query('ROLLBACK TO SAVEPOINT projection_event');
    return { applied: false, error: errorLine(error) };
  }
};
