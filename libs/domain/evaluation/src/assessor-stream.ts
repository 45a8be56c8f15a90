/** Stream category of assessors: one stream per assessor, `assessor-<assessorId>`. */
export const ASSESSOR_STREAM_CATEGORY = 'assessor';

export const assessorStreamId = (assessorId: string): string => `${ASSESSOR_STREAM_CATEGORY}-${assessorId}`;
