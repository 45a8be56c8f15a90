import type { DomainEvent } from '@titrepro/domain-kernel';
import type { RecordedEvent } from '@titrepro/event-store';
import type { EventToParkRow } from '@titrepro/messaging';
import type { EntityManager } from 'typeorm';
import { applyEvent } from './apply-event';
import { errorLine, isAboutTheEvent } from './failure-kind';
import { PageUnitOfWork, type PageScope } from './page-rows';
import { streamsWithParkedEvents } from './parked-events';
import { PROJECTION_PARKED, rowsOf } from './processor-tables';
import { isRowProjection, type AnyProjection, type ProjectionDefinition, type RowProjection } from './projection-definition';

/** The page holds something only the event-by-event way can apply: its events are applied again one by one. */
class PageNeedsCare extends Error {}

const parkedRow = (recorded: RecordedEvent, reason: 'failed' | 'held-behind', error: string): EventToParkRow => ({
  globalPosition: recorded.globalPosition,
  streamId: recorded.streamId,
  eventId: recorded.eventId,
  eventType: recorded.type,
  reason,
  error,
});
const heldBehind = (recorded: RecordedEvent): EventToParkRow => parkedRow(recorded, 'held-behind', `held behind an earlier parked event of ${recorded.streamId}`);

/**
 * Applies a page of the log inside the caller's transaction (the runner's, with its checkpoint; a
 * rebuild's, into its new tables), parking under `owner` what cannot be applied, with the later
 * events of its stream held behind it (a stream's events are never applied out of order). How
 * many it parked.
 *
 * A row projection's page is one unit of work: one query per table loads the rows the page names,
 * the handlers change them in memory (a failing handler's changes are undone and its event
 * parked), one statement per table writes them back. A SQL projection's page runs its statements
 * under one savepoint. Only a page whose writing fails because of an event (a constraint, a value
 * PostgreSQL refuses) is rolled back and applied again event by event, each in its own savepoint.
 */
export interface ApplyPageOptions {
  /** The caller knows `owner` has no parked events (a rebuild that parked nothing yet): no need to ask which streams are held. */
  readonly nothingParked?: boolean;
}

export const applyPage = async (manager: EntityManager, projection: AnyProjection, page: readonly RecordedEvent[], owner: string, options: ApplyPageOptions = {}): Promise<number> => {
  if (page.length === 0) return 0;
  const held = options.nothingParked ? new Set<string>() : await streamsWithParkedEvents(manager, owner, [...new Set(page.map((event) => event.streamId))]);
  await manager.query('SAVEPOINT projection_page');
  try {
    const parked = isRowProjection(projection) ? await applyRows(manager, projection, page, new Set(held)) : await applyStatements(manager, projection as ProjectionDefinition<DomainEvent>, page, held);
    await manager.query('RELEASE SAVEPOINT projection_page');
    await PROJECTION_PARKED.park(rowsOf(manager), owner, parked);
    return parked.length;
  } catch (error) {
    if (!(error instanceof PageNeedsCare) && !isAboutTheEvent(error)) throw error;
    await manager.query('ROLLBACK TO SAVEPOINT projection_page');
  }
  return applyCarefully(manager, projection, page, owner, held);
};

const applyRows = async (manager: EntityManager, projection: RowProjection<DomainEvent>, page: readonly RecordedEvent[], held: Set<string>): Promise<EventToParkRow[]> => {
  const entries = page.map((recorded) => {
    if (!projection.events.has(recorded.type)) return { recorded };
    const read = projection.events.read(recorded);
    if (!read.ok) return { recorded, error: `unreadable ${recorded.type}: ${read.error.message}` };
    try {
      return { recorded, event: read.value, scope: projection.scope(read.value) };
    } catch (error) {
      if (!isAboutTheEvent(error)) throw error;
      return { recorded, error: errorLine(error) };
    }
  });
  const scopes: PageScope<never>[] = [];
  for (const entry of entries) if (entry.scope !== undefined && !held.has(entry.recorded.streamId)) scopes.push(entry.scope as PageScope<never>);
  const unit = await PageUnitOfWork.load(manager, projection.readModels, scopes);
  const parked: EventToParkRow[] = [];
  for (const { recorded, event, error } of entries) {
    if (held.has(recorded.streamId)) {
      parked.push(heldBehind(recorded));
    } else if (error !== undefined) {
      parked.push(parkedRow(recorded, 'failed', error));
      held.add(recorded.streamId);
    } else if (event) {
      unit.beginEvent();
      try {
        await projection.apply(unit.rows, event, recorded);
        unit.endEvent();
      } catch (failure) {
        unit.undoEvent();
        if (!isAboutTheEvent(failure)) throw failure;
        parked.push(parkedRow(recorded, 'failed', errorLine(failure)));
        held.add(recorded.streamId);
      }
    }
  }
  await unit.flush(manager);
  return parked;
};

const applyStatements = async (manager: EntityManager, projection: ProjectionDefinition<DomainEvent>, page: readonly RecordedEvent[], held: ReadonlySet<string>): Promise<EventToParkRow[]> => {
  if (held.size > 0) throw new PageNeedsCare();
  for (const recorded of page) {
    if (!projection.events.has(recorded.type)) continue;
    const read = projection.events.read(recorded);
    if (!read.ok) throw new PageNeedsCare();
    await projection.apply(manager, read.value, recorded);
  }
  return [];
};

/** Event by event, each in a savepoint: the way of a page that holds a failure. */
const applyCarefully = async (manager: EntityManager, projection: AnyProjection, page: readonly RecordedEvent[], owner: string, heldBefore: ReadonlySet<string>): Promise<number> => {
  const held = new Set(heldBefore);
  const parked: EventToParkRow[] = [];
  for (const recorded of page) {
    if (held.has(recorded.streamId)) {
      parked.push(heldBehind(recorded));
      continue;
    }
    const outcome = await applyEvent(manager, projection, recorded);
    if (!outcome.applied) {
      parked.push(parkedRow(recorded, 'failed', outcome.error));
      held.add(recorded.streamId);
    }
  }
  await PROJECTION_PARKED.park(rowsOf(manager), owner, parked);
  return parked.length;
};
