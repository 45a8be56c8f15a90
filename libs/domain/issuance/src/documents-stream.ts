/** Stream category of a candidate's issued documents: one stream per candidate, `documents-<candidateId>`. */
export const DOCUMENTS_STREAM_CATEGORY = 'documents';

export const documentsStreamId = (candidateId: string): string => `${DOCUMENTS_STREAM_CATEGORY}-${candidateId}`;
