import type { DecisionTrace, DomainEvent } from '@titrepro/domain-kernel';
import type { Actor } from '../port/event-metadata';
import type { PersonalDataSpec, RecordedEvent } from '../port/events';

/** How one domain event is stored: its schema version, its personal fields, the rules behind it. */
export interface EventDescription {
  readonly schemaVersion: number;
  readonly personal?: PersonalDataSpec;
  readonly decision?: DecisionTrace;
}

/** Everything `handleCommand` must not invent: time, ids, who and where, how events are stored. */
export interface CommandContext<Event extends DomainEvent> {
  /** The decision instant, passed to `decide` and recorded as each event's `metadata.occurredAt`. */
  readonly now: Date;
  /** A fresh UUID per call (event ids), unless `eventIds` is given. */
  readonly newEventId: () => string;
  /**
   * The id (a UUID) of the i-th decided event, 0-based, instead of `newEventId()`: ids derived from
   * an idempotency key make a re-sent command's append idempotent. The same ids are used again when
   * a revision conflict makes `handleCommand` decide again.
   */
  readonly eventIds?: (index: number) => string;
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
}
