import { foldEvents, ok, type Decider, type DomainError, type DomainEvent, type Result } from '@titrepro/domain-kernel';
import type { EventMetadata } from '../port/event-metadata';
import type { EventStore } from '../port/event-store';
import type { NewEvent } from '../port/events';
import { WrongExpectedRevisionError } from '../port/expected-revision';
import type { CommandContext } from './command-context';
import { loadState } from './load-state';

/** What a handled command produced. */
export interface CommandOutcome<State, Event extends DomainEvent> {
  /** The decided events as appended (empty when the decider decided nothing). */
  readonly events: readonly NewEvent<Event['data'] & Record<string, unknown>>[];
  readonly nextExpectedRevision: number;
  readonly positions: readonly number[];
  readonly state: State;
}

const toNewEvent = <Event extends DomainEvent>(event: Event, context: CommandContext<Event>): NewEvent => {
  const description = context.describe(event);
  const metadata: EventMetadata = {
    ...context.metadata,
    ...(description.decision ? { rulebookId: description.decision.rulebookId, ruleIds: [...description.decision.ruleIds] } : {}),
  };
  const newEvent: NewEvent = {
    eventId: context.newEventId(),
    type: event.type,
    schemaVersion: description.schemaVersion,
    data: event.data as Record<string, unknown>,
    metadata,
  };
  return description.personal ? { ...newEvent, personal: description.personal } : newEvent;
};

/**
 * Read (from a snapshot when configured), fold, decide, append at the revision read. When another
 * writer appended in between, starts over (at most `maxRetries` times) — the decision is retaken on
 * the new state. Refusals are values: the decider's DomainError comes back as `fail`.
 */
export const handleCommand = async <State, Command, Event extends DomainEvent>(
  store: EventStore,
  streamId: string,
  decider: Decider<State, Command, Event>,
  command: Command,
  context: CommandContext<Event>,
): Promise<Result<CommandOutcome<State, Event>, DomainError>> => {
  const maxRetries = context.maxRetries ?? 3;
  for (let attempt = 0; ; attempt += 1) {
    const loaded = await loadState(store, streamId, decider);
    const decision = decider.decide(command, loaded.state, { now: context.now });
    if (!decision.ok) return decision;
    if (decision.value.length === 0) {
      return ok({ events: [], nextExpectedRevision: loaded.revision, positions: [], state: loaded.state });
    }
    const events = decision.value.map((event) => toNewEvent(event, context));
    try {
      const appended = await store.appendToStream(streamId, events, {
        expectedRevision: loaded.revision < 0 ? 'no_stream' : loaded.revision,
        ...(context.transaction === undefined ? {} : { transaction: context.transaction }),
      });
      const state = foldEvents(decider, decision.value, loaded.state);
      // In the caller's transaction the events may yet roll back: no snapshot of them then.
      if (context.transaction === undefined) await maybeSnapshot(store, streamId, loaded, appended.nextExpectedRevision, state, events);
      return ok({ events: events as CommandOutcome<State, Event>['events'], ...appended, state });
    } catch (error) {
      if (error instanceof WrongExpectedRevisionError && attempt < maxRetries) continue;
      throw error;
    }
  }
};

/** Writes a snapshot when the append crossed a multiple of the policy's `every`. */
const maybeSnapshot = async <State>(
  store: EventStore,
  streamId: string,
  loaded: { revision: number; subjects: ReadonlySet<string> },
  revision: number,
  state: State,
  events: readonly NewEvent[],
): Promise<void> => {
  const policy = store.snapshotPolicy(streamId);
  if (!policy || Math.floor((revision + 1) / policy.every) === Math.floor((loaded.revision + 1) / policy.every)) return;
  const subjects = new Set(loaded.subjects);
  for (const event of events) if (event.personal) subjects.add(event.personal.subjectId);
  // A snapshot is a cache: failing to write one must not fail a command that is already stored.
  await store
    .writeSnapshot({
      streamId,
      revision,
      stateVersion: policy.stateVersion,
      state: policy.serialize ? policy.serialize(state) : state,
      subjects: [...subjects],
    })
    .catch(() => undefined);
};
