import type { DomainEvent, EventCatalogue } from '@titrepro/domain-kernel';
import type { RecordedEvent } from '@titrepro/event-store';
import type { AuditedStore } from '../stores/audited-stores';
import type { ReplayReads } from './replay-reads';

/** The events of a decision's own stream before it, read with the stream's descriptors (upcast), or why one cannot be read. */
export const eventsBefore = async <Event extends DomainEvent>(
  reads: ReplayReads,
  store: AuditedStore,
  recorded: RecordedEvent,
  events: EventCatalogue<Event>,
): Promise<{ readonly ok: true; readonly value: Event[] } | { readonly ok: false; readonly reason: string }> => {
  const stream = await reads.stream(store, recorded.streamId);
  const parsed = await reads.read(store, recorded.streamId, events);
  const read: Event[] = [];
  for (const [index, each] of stream.entries()) {
    if (each.revision >= recorded.revision) break;
    const event = parsed[index];
    if (!event) break;
    if (!event.ok) return { ok: false, reason: `${recorded.streamId} holds an unreadable event at revision ${each.revision}: ${event.error.message}` };
    read.push(event.value);
  }
  return { ok: true, value: read };
};
