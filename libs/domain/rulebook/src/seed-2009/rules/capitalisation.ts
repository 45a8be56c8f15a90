import type { CalendarDate } from '@titrepro/domain-kernel';
import { addYears, isAfter } from '@titrepro/domain-kernel';
import type { ObtainedCcp } from '../../facts/capitalisation.facts';

/** Seed: "cinq ans, à partir de la date d'obtention du premier CCP". */
export const CAPITALISATION_YEARS = 5;

/** CCPs obtained by `on` (later ones are not yet facts). */
export const obtainedBy = (ccps: readonly ObtainedCcp[], on: CalendarDate): ObtainedCcp[] => ccps.filter((ccp) => !isAfter(ccp.obtainedOn, on));

export const earliest = (ccps: readonly ObtainedCcp[]): CalendarDate | null =>
  ccps.reduce<CalendarDate | null>((first, ccp) => (first === null || isAfter(first, ccp.obtainedOn) ? ccp.obtainedOn : first), null);

/**
 * Last day of the window, inclusive: the anniversary date five years on (the day with the same
 * number, or the month's last day; Code de procédure civile art. 641).
 */
export const windowEndFrom = (start: CalendarDate): CalendarDate => addYears(start, CAPITALISATION_YEARS);
