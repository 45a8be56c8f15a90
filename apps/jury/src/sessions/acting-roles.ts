import { ForbiddenException } from '@nestjs/common';
import { subjectAsId, type Caller } from '@titrepro/platform-nest';

/** Who organises sessions: an officer of this region (the token's region is the deployment's). */
export const officerOfThisRegion = { roles: ['regional-officer'], ownRegionFor: ['regional-officer'] } as const;

/** Who sits: a jury member of this region; the session's decider checks they sit on that jury. */
export const juryMemberOfThisRegion = { roles: ['jury-member'], ownRegionFor: ['jury-member'] } as const;

/** Who reads sessions and minutes. */
export const sessionReaders = { roles: ['regional-officer', 'jury-member', 'auditor'], ownRegionFor: ['regional-officer', 'jury-member'] } as const;

/** The jury member a request acts as: their token's subject is their member id. */
export const actingMemberId = (caller: Caller): string => {
  if (caller.role !== 'jury-member') throw new ForbiddenException('only a jury member acts for the jury');
  return subjectAsId(caller, 'memberId');
};
