/** Stream category of validation sessions: one stream per session, `jurysession-<sessionId>`. */
export const JURY_SESSION_STREAM_CATEGORY = 'jurysession';

export const sessionStreamId = (sessionId: string): string => `${JURY_SESSION_STREAM_CATEGORY}-${sessionId}`;
