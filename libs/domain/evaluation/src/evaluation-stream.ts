/** Stream category of candidates' evaluations: one stream per candidate, `evaluation-<candidateId>`, holding all their pathways. */
export const EVALUATION_STREAM_CATEGORY = 'evaluation';

export const evaluationStreamId = (candidateId: string): string => `${EVALUATION_STREAM_CATEGORY}-${candidateId}`;
