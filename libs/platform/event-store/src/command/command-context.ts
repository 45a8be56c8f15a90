import type { DecisionTrace, DomainEvent } from '@titrepro/domain-kernel';
import type { Actor } from '../port/event-metadata';
import type { PersonalDataSpec } from '../port/events';

/** How one domain event is stored: its schema version, its personal fields, the rules behind it. */
export interface EventDescription {
  readonly schemaVersion: number;
  readonly personal?: PersonalDataSpec;
  readonly decision?: DecisionTrace;
}

/** Everything `handleCommand` must not invent: time, ids, who and where, how events are stored. */
export interface CommandContext<Event extends DomainEvent> {
  /** The decision instant, passed to `decide`. */
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
  /** Retries after a concurrent append moved the stream (default 3). */
  readonly maxRetries?: number;
  /** Append inside this transaction (a pg client inside BEGIN); see AppendOptions.transaction. */
  readonly transaction?: unknown;
}
