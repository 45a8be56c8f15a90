import { ForbiddenException } from '@nestjs/common';
import { subjectAsId, type Caller } from '@titrepro/platform-nest';

/** The assessor a request records as: their token's subject is their assessor id. */
export const actingAssessorId = (caller: Caller): string => {
  if (caller.role !== 'assessor') throw new ForbiddenException('only an assessor records an assessment');
  return subjectAsId(caller, 'assessorId');
};

/** Who may act on a candidate's evidence as an assessor: only in their own region (the token's). */
export const assessorOfThisRegion = { roles: ['assessor'], ownRegionFor: ['assessor'] } as const;
export const officerOfThisRegion = { roles: ['regional-officer'], ownRegionFor: ['regional-officer'] } as const;
