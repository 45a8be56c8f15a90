import type { CalendarDate } from '@titrepro/domain-kernel';
import { addYears, isAfter, isBefore } from '@titrepro/domain-kernel';
import type { ObtainedCcp } from '../../facts/capitalisation.facts';
import type { CcpTransitionDetails } from '../../facts/ccp-transition.facts';
import type { RuleDefinition } from '../../rule';
import { fails, passes } from '../../rule';
import { CAPITALISATION_YEARS, earliest, obtainedBy } from '../../seed-2009/rules/capitalisation';

/** First day of the arrêté of 22 December 2015, which replaced the arrêté of 9 March 2006. */
export const REFORM_2016_DAY: CalendarDate = '2016-06-01';

/**
 * Our reading of the passage from the seed's window to CCPs acquired for the life of the title (no
 * transitional article was found, see the README): a CCP obtained before the reform keeps counting
 * when the five-year window it belonged to was still open on the reform's first day; a window
 * already closed then stays closed.
 */
export const ccpTransition = (ccpsObtained: readonly ObtainedCcp[], on: CalendarDate): CcpTransitionDetails => {
  const before = obtainedBy(ccpsObtained, on).filter((ccp) => isBefore(ccp.obtainedOn, REFORM_2016_DAY));
  const start = earliest(before);
  const closedBeforeReform = start !== null && isBefore(addYears(start, CAPITALISATION_YEARS), REFORM_2016_DAY);
  const codes = before.map((ccp) => ccp.ccpCode);
  return closedBeforeReform ? { carriedOver: [], lapsed: codes } : { carriedOver: codes, lapsed: [] };
};

/** CCPs that count on `on` under the 2016 rules: obtained by then, less those the transition leaves lapsed. */
export const countingCcps = (ccpsObtained: readonly ObtainedCcp[], on: CalendarDate): ObtainedCcp[] => {
  const { lapsed } = ccpTransition(ccpsObtained, on);
  return obtainedBy(ccpsObtained, on).filter((ccp) => !(lapsed.includes(ccp.ccpCode) && isBefore(ccp.obtainedOn, REFORM_2016_DAY)));
};

export const ccpTransition2016Rule: RuleDefinition<'CCP-TRANSITION-2016'> = {
  id: 'CCP-TRANSITION-2016',
  statement: {
    fr: "Les CCP obtenus avant le 1er juin 2016 restent acquis pour la durée du titre si le délai de cinq ans ouvert par le premier d'entre eux courait encore le 1er juin 2016 ; sinon ils restent caducs.",
    en: 'CCPs obtained before 1 June 2016 stay acquired for the life of the title when the five-year window opened by the first of them was still running on 1 June 2016; otherwise they stay lapsed.',
  },
  evaluate: ({ ccpsObtained, on }) => {
    const details = ccpTransition(ccpsObtained, on);
    if (details.lapsed.length > 0) {
      return fails(
        `CCP obtenus avant le ${REFORM_2016_DAY} dont le délai de cinq ans était clos avant cette date, caducs : ${details.lapsed.join(', ')}.`,
        `CCPs obtained before ${REFORM_2016_DAY} whose five-year window had closed before that day, lapsed: ${details.lapsed.join(', ')}.`,
        details,
      );
    }
    return details.carriedOver.length === 0
      ? passes(`Aucun CCP obtenu avant le ${REFORM_2016_DAY}.`, `No CCP obtained before ${REFORM_2016_DAY}.`, details)
      : passes(
          `CCP obtenus avant le ${REFORM_2016_DAY}, délai encore ouvert ce jour-là, acquis pour la durée du titre : ${details.carriedOver.join(', ')}.`,
          `CCPs obtained before ${REFORM_2016_DAY}, window still open that day, acquired for the life of the title: ${details.carriedOver.join(', ')}.`,
          details,
        );
  },
};

/** The title's référentiel has closed by `on`. */
export const titleClosed = (titleValidTo: CalendarDate | null | undefined, on: CalendarDate): titleValidTo is CalendarDate =>
  titleValidTo !== undefined && titleValidTo !== null && isAfter(on, titleValidTo);
