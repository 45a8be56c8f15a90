import { foldEvents, ok, type Decider, type DomainError, type DomainEvent, type Result } from '@titrepro/domain-kernel';
import type { EventStore } from '../port/event-store';
import type { NewEvent } from '../port/events';
import { WrongExpectedRevisionError } from '../port/expected-revision';
import type { CommandContext } from './command-context';
import { toNewEvents } from './decided-events';
import { loadState } from './load-state';
import { maybeSnapshot } from './maybe-snapshot';

/** What a handled command produced. */
export interface CommandOutcome<State, Event extends DomainEvent> {
  /** The decided events as appended (empty when the decider decided nothing). */
  readonly events: readonly NewEvent<Event['data'] & Record<string, unknown>>[];
  readonly nextExpectedRevision: number;
  readonly positions: readonly number[];
  readonly state: State;
}

/**
 * Read (from a snapshot when configured), fold, decide, append at the revision read. When another
 * writer appended in between, starts over (at most `maxRetries` times) — the decision is retaken on
 * the new state. Refusals are values: the decider's DomainError comes back as `fail`. With
 * `context.transaction`, reads and appends both go through the caller's transaction.
 */
export const handleCommand = async <State, Command, Event extends DomainEvent>(
  store: EventStore,
  streamId: string,
  decider: Decider<State, Command, Event>,
  command: Command,
  context: CommandContext<Event>,
): Promise<Result<CommandOutcome<State, Event>, DomainError>> => {
  const maxRetries = context.maxRetries ?? 3;
  const { transaction, readEvent } = context;
  const inTransaction = transaction === undefined ? {} : { transaction };
  for (let attempt = 0; ; attempt += 1) {
    const loaded = await loadState(store, streamId, decider, { ...inTransaction, ...(readEvent ? { readEvent } : {}) });
    const decision = decider.decide(command, loaded.state, { now: context.now });
    if (!decision.ok) return decision;
    if (decision.value.length === 0) {
      return ok({ events: [], nextExpectedRevision: loaded.revision, positions: [], state: loaded.state });
    }
    await context.beforeAppend?.(decision.value);
    const events = toNewEvents(decision.value, context);
    try {
      const appended = await store.appendToStream(streamId, events, {
        expectedRevision: loaded.revision < 0 ? 'no_stream' : loaded.revision,
        ...inTransaction,
      });
      const state = foldEvents(decider, decision.value, loaded.state);
      // In the caller's transaction the events may yet roll back: no snapshot of them then.
      if (transaction === undefined) await maybeSnapshot(store, streamId, loaded, appended.nextExpectedRevision, state, events);
      return ok({ events: events as CommandOutcome<State, Event>['events'], ...appended, state });
    } catch (error) {
      if (error instanceof WrongExpectedRevisionError && attempt < maxRetries) continue;
      throw error;
    }
  }
};
