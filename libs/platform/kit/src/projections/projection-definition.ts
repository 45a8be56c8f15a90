import type { DomainEvent, EventCatalogue } from '@titrepro/domain-kernel';
import type { RecordedEvent } from '@titrepro/event-store';
import type { EntityManager } from 'typeorm';
import type { PageRows, PageScope, ReadModelTables } from './page-rows';

/** What every projection declares: which streams it follows, how it reads their events, which tables it owns (emptied on a rebuild). */
interface ProjectionBasics<Event extends DomainEvent> {
  /** Names the checkpoint, the lock and the metrics' label. */
  readonly name: string;
  /** Stream category it follows (`candidate` for `candidate-…`). */
  readonly category: string;
  readonly events: EventCatalogue<Event>;
}

/**
 * A read model written with SQL of its own, one event at a time: `apply` runs its statements through
 * `manager` (the page's transaction). For what rows cannot say (increments, set-based SQL); a
 * read model of rows is a RowProjection, applied a page at a time.
 */
export interface ProjectionDefinition<Event extends DomainEvent> extends ProjectionBasics<Event> {
  readonly kind?: 'sql';
  /** The read-model tables it writes, emptied before a rebuild. */
  readonly tables: readonly string[];
  /**
   * Applies one event through `manager` (the batch's transaction). Upsert keyed by id, so that
   * applying an event twice leaves the same rows. Personal fields may read as REDACTED.
   */
  readonly apply: (manager: EntityManager, event: Event, recorded: RecordedEvent) => Promise<void>;
}

/** A page-scoped read model as the app declares it (defineRowProjection). */
export interface RowProjectionDeclaration<Event extends DomainEvent, Tables extends ReadModelTables> extends ProjectionBasics<Event> {
  /** Its tables by the names its handler uses, each with its scope column (readModelTable). */
  readonly tables: Tables;
  /** The rows an event may touch, by scope (the candidate, the session…): loaded for the whole page before any event is applied. */
  readonly scope: (event: Event) => PageScope<Tables>;
  /**
   * Applies one event to the page's rows, in memory: what it reads is what the earlier events of the
   * page left. The rows are written back at the end of the page; an event applied twice must leave
   * the same rows (upserts by key, guards on `updatedPosition`). Personal fields may read as REDACTED.
   */
  readonly apply: (rows: PageRows<Tables>, event: Event, recorded: RecordedEvent) => void | Promise<void>;
}

/** A page-scoped read model as the runner and the rebuild see it. */
export interface RowProjection<Event extends DomainEvent, Tables extends ReadModelTables = ReadModelTables> extends ProjectionBasics<Event> {
  readonly kind: 'rows';
  /** The tables' names, emptied before a rebuild. */
  readonly tables: readonly string[];
  readonly readModels: Tables;
  readonly scope: (event: Event) => PageScope<Tables>;
  readonly apply: (rows: PageRows<Tables>, event: Event, recorded: RecordedEvent) => void | Promise<void>;
}

/** Any projection, whatever its events (`apply` makes the type invariant in them). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyProjection = ProjectionDefinition<any> | RowProjection<any, any>;

export const defineProjection = <Event extends DomainEvent>(definition: ProjectionDefinition<Event>): ProjectionDefinition<Event> => ({ ...definition, kind: 'sql' });

/**
 * A read model of rows, applied a page at a time: the rows the page's events name are loaded in one
 * query per table, each event's handler changes them in memory, and they are written back with one
 * multi-row statement per table, in the page's transaction with the checkpoint. The live runner,
 * the rebuilds and the retries all apply it this way.
 */
export const defineRowProjection = <Event extends DomainEvent, Tables extends ReadModelTables>(declaration: RowProjectionDeclaration<Event, Tables>): RowProjection<Event, Tables> => ({
  ...declaration,
  kind: 'rows',
  tables: Object.values(declaration.tables).map((table) => table.table),
  readModels: declaration.tables,
});

export const isRowProjection = (projection: AnyProjection): projection is RowProjection<DomainEvent> => projection.kind === 'rows';
export const isSqlProjection = (projection: AnyProjection): projection is ProjectionDefinition<DomainEvent> => projection.kind !== 'rows';
