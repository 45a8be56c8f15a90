import { ForbiddenException } from '@nestjs/common';
import { subjectAsId, type Caller, OWN_REGION, ownRegionOn, type AuthorizationPolicy } from '@titrepro/platform-nest';

/** Who organises sessions: an officer of this region (the token's region is the deployment's). */
export const officerOfThisRegion: AuthorizationPolicy = { 'regional-officer': OWN_REGION };

/** Who sits: a jury member of this region on that session's jury (the route's `sessionId`). */
export const juryMemberOfTheSession: AuthorizationPolicy = { 'jury-member': ownRegionOn('jury-member') };

/** Who lists this region's sessions. */
export const sessionListReaders: AuthorizationPolicy = { 'regional-officer': OWN_REGION, auditor: OWN_REGION, 'jury-member': OWN_REGION };

/**
 * Who reads one session and its minutes: the officer and auditors, and that session's jury only (its
 * decisions and minutes, unsealed until the seal, belong to it).
 */
export const sessionReaders: AuthorizationPolicy = { 'regional-officer': OWN_REGION, auditor: OWN_REGION, 'jury-member': ownRegionOn('jury-member') };

/** The jury member a request acts as: their token's subject is their member id. */
export const actingMemberId = (caller: Caller): string => {
  if (caller.role !== 'jury-member') throw new ForbiddenException('only a jury member acts for the jury');
  return subjectAsId(caller, 'memberId');
};
