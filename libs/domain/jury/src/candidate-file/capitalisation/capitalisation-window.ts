import type { CalendarDate } from '@titrepro/domain-kernel';
import { evaluateRule } from '@titrepro/domain-rulebook';
import type { JuryDeciderDependencies } from '../../shared/dependencies';
import type { Holdings } from '../awards/holdings';
import { ccpsObtainedTowards } from './ccps-obtained';

/** Where the five years to complete a title stand on a day, per CAPITALISATION-WINDOW. */
export interface CapitalisationWindow {
  readonly titleCode: string;
  readonly windowStart: CalendarDate;
  readonly windowEnd: CalendarDate;
  readonly ccpCodesHeld: readonly string[];
  readonly missingCcpCodes: readonly string[];
  /** The rule failed that day: a CCP obtained then would not count any more. */
  readonly ended: boolean;
  readonly rulebookId: string;
}

/**
 * The window of a title while it matters: some of its CCPs held, not all, and not the title.
 * The référentiel's version in force that day names the CCPs (else its latest, for a lapsed
 * title); the rulebook in force that day measures the window. Undefined when either is unknown.
 */
export const capitalisationWindowOf = (
  holdings: Holdings,
  titleCode: string,
  today: CalendarDate,
  dependencies: JuryDeciderDependencies,
): CapitalisationWindow | undefined => {
  const title = dependencies.referential.titleValidAt(titleCode, today) ?? dependencies.referential.findTitle(titleCode);
  const rulebook = dependencies.rulebooks.rulebookInForceAt(today);
  const ccpsObtained = ccpsObtainedTowards(holdings, titleCode);
  if (!title || !rulebook || ccpsObtained.length === 0) return undefined;
  if (holdings.titlesHeld.some((held) => held.titleCode === titleCode)) return undefined;
  const ccpCodesHeld = ccpsObtained.map((ccp) => ccp.ccpCode);
  const missingCcpCodes = title.ccps.map((ccp) => ccp.code).filter((code) => !ccpCodesHeld.includes(code));
  if (missingCcpCodes.length === 0) return undefined;
  const outcome = evaluateRule(rulebook, 'CAPITALISATION-WINDOW', { ccpsObtained, on: today, titleValidTo: dependencies.referential.findTitle(titleCode)?.validTo ?? null });
  // The title's end is its latest version's. From 2016 CCPs count as long as the title exists: an open-ended title sets no deadline to watch.
  if (outcome.details.windowEnd === null) return undefined;
  // A CCP is held, so the rule measured a window from it: windowStart is never null here.
  const windowStart = outcome.details.windowStart ?? today;
  return { titleCode, windowStart, windowEnd: outcome.details.windowEnd, ccpCodesHeld, missingCcpCodes, ended: !outcome.passed, rulebookId: rulebook.id };
};

/** Every title with a CCP held, once, in the order first obtained. */
export const titlesWithCcpsHeld = (holdings: Holdings): string[] => [...new Set(holdings.ccpsHeld.map((held) => held.titleCode))];
