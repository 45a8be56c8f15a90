/** Stream category of candidates: one stream per candidate, `candidate-<candidateId>`. */
export const CANDIDATE_STREAM_CATEGORY = 'candidate';

export const candidateStreamId = (candidateId: string): string => `${CANDIDATE_STREAM_CATEGORY}-${candidateId}`;
