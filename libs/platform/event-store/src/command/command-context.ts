import type { DomainEvent, EventStorage } from '@titrepro/domain-kernel';
import type { Actor } from '../port/event-metadata';
import type { RecordedEvent } from '../port/events';

/** How one domain event is stored (its schema version, personal fields, decision trace): what its descriptor says. */
export type EventDescription = EventStorage;

/** Everything `handleCommand` must not invent: time, ids, who and where, how events are stored. */
export interface CommandContext<Event extends DomainEvent> {
  /** The decision instant, passed to `decide` and recorded as each event's `metadata.occurredAt`. */
  readonly now: Date;
  /** A fresh UUID per call (event ids). */
  readonly newEventId: () => string;
  readonly metadata: {
    readonly correlationId: string;
    readonly causationId: string | null;
    readonly actor: Actor;
    readonly region: string;
    readonly traceparent?: string;
  };
  readonly describe: (event: Event) => EventDescription;
  /**
   * Turns a recorded event back into the decider's domain event (validating it, upcast already
   * applied); a throw fails the command. Without it, `{ type, data }` is passed on unchecked.
   */
  readonly readEvent?: (recorded: RecordedEvent) => Event;
  /** Retries after a concurrent append moved the stream (default 3). */
  readonly maxRetries?: number;
  /**
   * Read and append inside this transaction (a pg client inside BEGIN; see AppendOptions.transaction),
   * so that a second command sees the first one's uncommitted events. Snapshots are then neither read
   * nor written: the stream is folded from its start.
   */
  readonly transaction?: unknown;
  /**
   * Runs on the decided events (when there are any) before they are appended, e.g. to produce what
   * they name; a throw fails the command. After a concurrent append it runs again on the new decision.
   */
  readonly beforeAppend?: (events: readonly Event[]) => Promise<void>;
}
