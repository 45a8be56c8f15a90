import type { DomainEvent } from '@titrepro/domain-kernel';
import type { CommandContext, RecordedEvent } from '@titrepro/event-store';
import { metadataOf } from '@titrepro/messaging';
import type { Aggregate } from '../aggregate/aggregate';
import type { Clock } from '../clock/clock';
import type { IdSource } from '../clock/id-source';
import type { CommandOrigin } from './command-origin';
import { StoredEventUnreadableError } from './stored-event-unreadable.error';

/** Turns stored events into the aggregate's domain events, refusing what its descriptors refuse. */
export const readerOf =
  <Event extends DomainEvent>(aggregate: Pick<Aggregate<unknown, never, Event>, 'events'>) =>
  (recorded: RecordedEvent): Event => {
    const read = aggregate.events.read(recorded);
    if (!read.ok) throw new StoredEventUnreadableError(recorded.streamId, recorded.revision, read.error);
    return read.value;
  };

/** Everything `handleCommand` must be told: the time, the ids, who, where, in which trace, how to store and read. */
export const commandContextFor = <Event extends DomainEvent>(
  aggregate: Aggregate<unknown, never, Event>,
  origin: CommandOrigin,
  settings: { readonly clock: Clock; readonly ids: IdSource; readonly region: string },
): CommandContext<Event> => ({
  now: settings.clock.now(),
  newEventId: settings.ids.newId,
  metadata: { ...metadataOf(origin.causation), actor: origin.actor, region: settings.region },
  describe: (event) => aggregate.events.storageOf(event),
  readEvent: readerOf(aggregate),
  ...(origin.transaction === undefined ? {} : { transaction: origin.transaction }),
});
