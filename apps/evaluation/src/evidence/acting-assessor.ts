import { ForbiddenException } from '@nestjs/common';
import { subjectAsId, type Caller, OWN_REGION, ownRegionOn, type AuthorizationPolicy } from '@titrepro/platform-nest';

/** The assessor a request records as: their token's subject is their assessor id. */
export const actingAssessorId = (caller: Caller): string => {
  if (caller.role !== 'assessor') throw new ForbiddenException('only an assessor records an assessment');
  return subjectAsId(caller, 'assessorId');
};

/**
 * Who may act on a candidate's evidence as an assessor: one of their own region (the token's) assigned
 * to the candidate in this evaluation; the decider then checks the assignment covers that CCP.
 */
export const assessorOfThisRegion: AuthorizationPolicy = { assessor: ownRegionOn('assigned') };
export const officerOfThisRegion: AuthorizationPolicy = { 'regional-officer': OWN_REGION };
