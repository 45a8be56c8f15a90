import type { CalendarDate } from '@titrepro/domain-kernel';

/** An instant as an XML Schema dateTime in UTC, to the second (`2026-03-02T09:30:00Z`). */
export const xsdDateTime = (instant: Date): string => `${instant.toISOString().slice(0, 19)}Z`;

const parisOffset = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', timeZoneName: 'longOffset' });

/**
 * The start of a Europe/Paris calendar day, with Paris's offset then (`2026-03-02T00:00:00+01:00`).
 * French clocks change at 01:00 UTC, after local midnight, so the offset at 00:00 UTC that day is
 * the one in force at local midnight.
 */
export const startOfParisDay = (date: CalendarDate): string => {
  const offset = parisOffset.formatToParts(new Date(`${date}T00:00:00Z`)).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const [, sign = '+', hours = '00', minutes = '00'] = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(offset) ?? [];
  return `${date}T00:00:00${sign}${hours}:${minutes}`;
};

/** Today's date in Europe/Paris. */
export const parisDateOf = (instant: Date): CalendarDate =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
