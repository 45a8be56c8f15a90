import type { CalendarDate } from '@titrepro/domain-kernel';
import { calendarDateInParis } from '@titrepro/domain-kernel';
import type { SourceEvent } from '@titrepro/domain-jury';
import type { ConsumedEvent } from '@titrepro/messaging';
import { parseEventSource } from '@titrepro/service-kit';

/** Where a fact came from: the consumed event's id and the region whose service produced it. */
export const sourceOf = (event: Pick<ConsumedEvent, 'eventId' | 'source'>): SourceEvent => ({ eventId: event.eventId, region: parseEventSource(event.source)?.region ?? 'unknown' });

/** The Europe/Paris day of an instant. */
export const dayOf = (instant: string): CalendarDate => calendarDateInParis(new Date(instant));
