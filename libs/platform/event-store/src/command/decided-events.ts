import type { DomainEvent } from '@titrepro/domain-kernel';
import type { EventMetadata } from '../port/event-metadata';
import type { NewEvent } from '../port/events';
import type { CommandContext } from './command-context';

/**
 * The decided events as they are appended: fresh ids, the context's metadata
 * with `occurredAt` = the decision instant (the context cannot override it), the decision trace,
 * the personal fields.
 */
export const toNewEvents = <Event extends DomainEvent>(events: readonly Event[], context: CommandContext<Event>): NewEvent[] => {
  const occurredAt = context.now.toISOString();
  return events.map((event) => {
    const description = context.describe(event);
    const metadata: EventMetadata = {
      ...context.metadata,
      occurredAt,
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
  });
};
