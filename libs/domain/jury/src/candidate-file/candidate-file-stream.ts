/** Stream category of the jury's candidate files: one stream per candidate, `jurycandidate-<candidateId>`. */
export const JURY_CANDIDATE_STREAM_CATEGORY = 'jurycandidate';

export const juryCandidateStreamId = (candidateId: string): string => `${JURY_CANDIDATE_STREAM_CATEGORY}-${candidateId}`;
