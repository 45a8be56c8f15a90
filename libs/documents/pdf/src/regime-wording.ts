import type { CalendarDate } from '@titrepro/domain-kernel';
import type { Title } from '@titrepro/domain-referential';
import { levelLabel, rulebookInForceAt, SEED_2009, type RulebookWording } from '@titrepro/domain-rulebook';

/**
 * The words of the regime in force on a document's date (the award's): a parchemin of 2015 says
 * "niveau III" and the DIRECCTE, one of 2026 "niveau 5" and the DREETS. Before the first rulebook,
 * the seed's words.
 */
export const wordingOn = (date: CalendarDate): RulebookWording => (rulebookInForceAt(date) ?? SEED_2009).wording;

/** `Code TP-00495 · Niveau 5`: the code stays, the level is named as the regime names it. */
export const titleCodeLine = (title: Title, wording: RulebookWording): string => {
  const level = levelLabel(wording, title.level).fr;
  return `Code ${title.code} · ${level.charAt(0).toUpperCase()}${level.slice(1)}`;
};

/** The authority line under the issuing office, e.g. `Unité territoriale de la DIRECCTE`. */
export const authorityLine = (wording: RulebookWording): string => wording.authority.fr;
