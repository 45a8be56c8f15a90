import type { CalendarDate } from '@titrepro/domain-kernel';
import { isCalendarDate } from '@titrepro/domain-kernel';

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
] as const;

/**
 * A calendar date as French documents write it: `1er mars 2024`, `12 mars 2024`. Written out rather
 * than left to Intl so that the text does not depend on the ICU data of the machine.
 */
export const formatFrenchDate = (date: CalendarDate): string => {
  if (!isCalendarDate(date)) throw new RangeError(`not a calendar date: ${String(date)}`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${day === 1 ? '1er' : String(day)} ${MONTHS[month - 1] as string} ${year}`;
};

/**
 * The instant recorded as a document's creation date for a calendar date: noon UTC, which falls on
 * that same day in Europe/Paris (and in every zone within ±11 h), so any reader shows the right day.
 * Deriving it from the decision date (not the clock) makes a document a pure function of its input.
 */
export const documentInstant = (date: CalendarDate): Date => {
  if (!isCalendarDate(date)) throw new RangeError(`not a calendar date: ${String(date)}`);
  return new Date(`${date}T12:00:00.000Z`);
};
