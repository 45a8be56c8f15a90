import type { DomainError, DomainEvent, Result } from '@titrepro/domain-kernel';
import { handleCommand, InMemoryEventStore, type Actor, type CommandOutcome, type RecordedEvent, type Subscription } from '@titrepro/event-store';
import { waitFor } from '@titrepro/testing';
import { randomUUID } from 'node:crypto';
import type { Aggregate, StreamRef } from '../../aggregate/aggregate';
import { stateAtRevisionOf, type StateAtRevision } from '../../aggregate/state-of';
import { systemClock, type Clock } from '../../clock/clock';
import { uuidV7 } from '../../clock/id-source';
import { commandContextFor, readerOf } from '../../commands/command-context';

/** A read model folded in memory from one aggregate's events, as a projection sees them. */
export interface FastProjection<Model> {
  readonly current: () => Model;
  /** Waits until the model satisfies `check` (the subscription hands events over asynchronously). */
  readonly until: (what: string, check: (model: Model) => boolean) => Promise<Model>;
}

/**
 * A service's deciders on an in-memory event store, in milliseconds: commands run as the kit's
 * command handler runs them (the aggregate's descriptors validate and describe what is stored, the
 * metadata and the retries are the same), and projections fold what the store's catch-up
 * subscription delivers. For deciders-plus-projection tests that need no database or broker;
 * what needs them belongs in a TestWorld.
 */
export class FastWorld {
  readonly store: InMemoryEventStore;
  private readonly subscriptions: Subscription[] = [];

  constructor(
    private readonly settings: { readonly region?: string; readonly clock?: Clock } = {},
    store?: InMemoryEventStore,
  ) {
    this.store = store ?? new InMemoryEventStore();
  }

  /** Runs a command on a stream; a refusal is the decider's Result, as the domain gives it. */
  run<State, Command, Event extends DomainEvent>(
    stream: StreamRef<State, Command, Event>,
    command: Command,
    actor: Actor = { subject: 'officer-1', role: 'regional-officer' },
  ): Promise<Result<CommandOutcome<State, Event>, DomainError>> {
    const aggregate = stream.aggregate;
    const context = commandContextFor(aggregate as unknown as Aggregate<unknown, never, Event>, { actor, causation: { correlationId: randomUUID(), causationId: null } }, {
      clock: this.settings.clock ?? systemClock,
      ids: { newId: () => uuidV7() },
      region: this.settings.region ?? 'idf',
    });
    return handleCommand(this.store, stream.streamId, aggregate.decider, command, context);
  }

  /** A stream's state as its decider folds it, and its revision. */
  state<State, Command, Event extends DomainEvent>(stream: StreamRef<State, Command, Event>): Promise<StateAtRevision<State>> {
    return stateAtRevisionOf(this.store, stream);
  }

  /** Folds every event of the aggregate's streams into `model`, in global order, from the start of the log. */
  project<Model, Event extends DomainEvent>(
    aggregate: Pick<Aggregate<unknown, never, Event>, 'category' | 'events'>,
    initial: Model,
    apply: (model: Model, event: Event, recorded: RecordedEvent) => Model,
  ): FastProjection<Model> {
    let model = initial;
    const read = readerOf(aggregate);
    let failure: unknown;
    this.subscriptions.push(
      this.store.subscribe({
        category: aggregate.category,
        handleBatch: async (events) => {
          for (const recorded of events) model = apply(model, read(recorded), recorded);
        },
        onError: (error) => (failure = error),
      }),
    );
    return {
      current: () => model,
      until: async (what, check) => {
        await waitFor(what, async () => {
          if (failure !== undefined) throw failure;
          return check(model);
        }, 5_000, 5);
        return model;
      },
    };
  }

  async close(): Promise<void> {
    await Promise.all(this.subscriptions.map((subscription) => subscription.stop()));
    await this.store.close();
  }
}
