/** Stream category of jury members: one stream per member, `jurymember-<memberId>` (no `-` in a category). */
export const JURY_MEMBER_STREAM_CATEGORY = 'jurymember';

export const juryMemberStreamId = (memberId: string): string => `${JURY_MEMBER_STREAM_CATEGORY}-${memberId}`;
