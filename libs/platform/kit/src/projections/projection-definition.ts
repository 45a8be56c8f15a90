import type { DomainEvent, EventCatalogue } from '@titrepro/domain-kernel';
import type { RecordedEvent } from '@titrepro/event-store';
import type { EntityManager } from 'typeorm';

/**
 * A read model as the app declares it: which streams it follows, how it reads their events, which
 * tables it owns (emptied on a rebuild) and one `apply` per event. Everything else (checkpoint,
 * batches, one active runner across replicas, parking, restarts, metrics) is the runner's.
 */
export interface ProjectionDefinition<Event extends DomainEvent> {
  /** Names the checkpoint, the lock and the metrics' label. */
  readonly name: string;
  /** Stream category it follows (`candidate` for `candidate-…`). */
  readonly category: string;
  readonly events: EventCatalogue<Event>;
  /** The read-model tables it writes, emptied before a rebuild. */
  readonly tables: readonly string[];
  /**
   * Applies one event through `manager` (the batch's transaction). Upsert keyed by id, so that
   * applying an event twice leaves the same rows. Personal fields may read as REDACTED.
   */
  readonly apply: (manager: EntityManager, event: Event, recorded: RecordedEvent) => Promise<void>;
}

/** Any projection, whatever its events (`apply` makes the type invariant in them). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyProjection = ProjectionDefinition<any>;

export const defineProjection = <Event extends DomainEvent>(definition: ProjectionDefinition<Event>): ProjectionDefinition<Event> => definition;
