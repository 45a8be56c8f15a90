import type { CalendarDate } from '@titrepro/domain-kernel';
import { compareCalendarDates, isAfter } from '@titrepro/domain-kernel';
import type { Rulebook } from './rulebook';

/** The rulebooks a deployment knows, one in force on any date. */
export interface RulebookCatalogue {
  /** Oldest first. */
  listRulebooks(): readonly Rulebook[];
  /** The rulebook governing decisions taken on `date`, or undefined before the first one. */
  rulebookInForceAt(date: CalendarDate): Rulebook | undefined;
  /** By id, to re-run a recorded decision under the rulebook that took it. */
  findRulebook(id: string): Rulebook | undefined;
}

const governs = (rulebook: Rulebook, date: CalendarDate): boolean =>
  !isAfter(rulebook.validFrom, date) && (rulebook.validTo === null || !isAfter(date, rulebook.validTo));

/** Refuses (throws) duplicate ids, inverted dates and overlapping validity: a rulebook set is code, checked at load. */
export const createRulebookCatalogue = (rulebooks: readonly Rulebook[]): RulebookCatalogue => {
  const sorted = [...rulebooks].sort((a, b) => compareCalendarDates(a.validFrom, b.validFrom));
  const problems: string[] = [];
  const ids = new Set<string>();
  sorted.forEach((rulebook, index) => {
    if (ids.has(rulebook.id)) problems.push(`rulebook ${rulebook.id} is defined twice`);
    ids.add(rulebook.id);
    if (rulebook.validTo !== null && isAfter(rulebook.validFrom, rulebook.validTo)) problems.push(`rulebook ${rulebook.id} ends before it starts`);
    const previous = sorted[index - 1];
    if (previous && (previous.validTo === null || !isAfter(rulebook.validFrom, previous.validTo))) {
      problems.push(`rulebooks ${previous.id} and ${rulebook.id} overlap`);
    }
  });
  if (problems.length > 0) throw new Error(`invalid rulebooks: ${problems.join('; ')}`);
  return {
    listRulebooks: () => sorted,
    rulebookInForceAt: (date) => sorted.find((rulebook) => governs(rulebook, date)),
    findRulebook: (id) => sorted.find((rulebook) => rulebook.id === id),
  };
};
