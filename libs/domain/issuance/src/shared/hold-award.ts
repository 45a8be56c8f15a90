import type { CalendarDate, EventsOrRefusal } from '@titrepro/domain-kernel';
import { ok } from '@titrepro/domain-kernel';
import type { AwardHeldFromOtherRegion } from '../events/award-held-from-other-region.event';
import type { DecisionInput } from './decision';
import { ccpsOfTitle } from './guards';
import type { AwardData, IssuingRegionData } from './input-schemas';

/**
 * ISSUER: only the deployment of the region whose jury decided issues on the decision; it alone
 * holds that region's signing key.
 */
export const decidedElsewhere = ({ region, issuingRegion }: Pick<AwardData, 'region'> & IssuingRegionData): boolean => region !== issuingRegion;

export interface HeldAwardRequest {
  readonly candidateId: string;
  readonly decisionId: string;
  readonly sessionId: string;
  readonly region: string;
  readonly titleCode: string;
  /** The CCPs the decision awards: the title's, those awarded alone, or none for a CCS. */
  readonly ccpCodes: readonly string[];
  readonly ccsCode: string | null;
  readonly decidedOn: CalendarDate;
}

/**
 * Takes another region's award without issuing anything: its CCPs are held (as first obtained) for
 * the livrets this region issues, and the decision is taken once. A CCP that is not of its title is
 * refused, as its own region refuses it under BOOKLET.
 */
export const holdAward = (request: HeldAwardRequest, { on: today, dependencies }: DecisionInput): EventsOrRefusal<AwardHeldFromOtherRegion> => {
  const { candidateId, decisionId, sessionId, region, titleCode, ccpCodes, ccsCode, decidedOn } = request;
  const ccps = ccpsOfTitle(dependencies, titleCode, decidedOn, ccpCodes);
  if (!ccps.ok) return ccps;
  return ok([{ type: 'AwardHeldFromOtherRegion', data: { candidateId, decisionId, sessionId, region, titleCode, ccpCodes, ccsCode, decidedOn, recordedOn: today } }]);
};
