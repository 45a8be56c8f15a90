import type { CalendarDate } from '@titrepro/domain-kernel';
import { calendarDateInParis } from '@titrepro/domain-kernel';
import type { SourceEvent } from '@titrepro/domain-jury';
import type { ConsumedEvent } from '@titrepro/messaging';
import { parseEventSource } from '@titrepro/service-kit';

/** A payload field as received (the contract validated it; the domain's parser checks it again). */
export const field = (event: ConsumedEvent, name: string): unknown => event.payload[name];

/** Where a fact came from: the consumed event's id and the region whose service produced it. */
export const sourceOf = (event: ConsumedEvent): SourceEvent => ({ eventId: event.eventId, region: parseEventSource(event.source)?.region ?? 'unknown' });

/** The Europe/Paris day of an instant field. */
export const dayOf = (event: ConsumedEvent, name: string): CalendarDate => calendarDateInParis(new Date(String(field(event, name))));
