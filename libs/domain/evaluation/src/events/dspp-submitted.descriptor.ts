import { calendarDate, defineEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';
import { DSPP_MEDIA_TYPES, type DsppSubmitted } from './dspp-submitted.event';

/** DsppSubmitted as stored, version 1. */
export const dsppSubmittedDescriptor = defineEvent<DsppSubmitted>({
  type: 'DsppSubmitted',
  schemaVersion: 1,
  schema: z.strictObject({
    candidateId: z.string(),
    pathwayId: z.string(),
    titleCode: z.string(),
    submissionId: z.string(),
    submittedBy: z.string(),
    documents: z.array(
      z.strictObject({
        ccpCode: z.string(),
        documentId: z.string(),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        size: z.number().int().positive(),
        mediaType: z.enum(DSPP_MEDIA_TYPES),
      }),
    ),
    supersedes: z.string().nullable(),
    submittedOn: calendarDate,
  }),
  describe: ({ pathwayId, submissionId, documents, supersedes, submittedOn }) => {
    const ccps = documents.map((document) => document.ccpCode).join(', ');
    return {
      fr: `DSPP ${submissionId} déposé le ${submittedOn} pour le parcours ${pathwayId} (activités types ${ccps})${supersedes ? `, remplaçant ${supersedes}` : ''}`,
      en: `DSPP ${submissionId} submitted on ${submittedOn} for pathway ${pathwayId} (activités types ${ccps})${supersedes ? `, superseding ${supersedes}` : ''}`,
    };
  },
});
