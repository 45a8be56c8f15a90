import type { DomainEvent, EventCatalogue } from '@titrepro/domain-kernel';
import type { RecordedEvent } from '@titrepro/event-store';
import type { AuditedStore } from '../stores/audited-stores';

/** The events of a decision's own stream before it, read with the stream's descriptors (upcast), or why one cannot be read. */
export const eventsBefore = async <Event extends DomainEvent>(
  store: AuditedStore,
  recorded: RecordedEvent,
  events: EventCatalogue<Event>,
): Promise<{ readonly ok: true; readonly value: Event[] } | { readonly ok: false; readonly reason: string }> => {
  const read: Event[] = [];
  for (const each of await store.store.readStream(recorded.streamId)) {
    if (each.revision >= recorded.revision) break;
    const event = events.read(each);
    if (!event.ok) return { ok: false, reason: `${recorded.streamId} holds an unreadable event at revision ${each.revision}: ${event.error.message}` };
    read.push(event.value);
  }
  return { ok: true, value: read };
};
