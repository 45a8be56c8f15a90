import { type CalendarDate, calendarDate, defineEvent, type DomainEvent } from '@titrepro/domain-kernel';
import { z } from 'zod';

export const DSPP_MEDIA_TYPES = [
  'application/pdf',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;

export type DsppMediaType = (typeof DSPP_MEDIA_TYPES)[number];

/** One activité type's part of the DSPP, by reference: the app stores the content, the event its hash. */
export interface DsppDocument {
  readonly ccpCode: string;
  readonly documentId: string;
  /** SHA-256 of the content, lower-case hex. */
  readonly sha256: string;
  /** In bytes. */
  readonly size: number;
  readonly mediaType: DsppMediaType;
}

/**
 * The candidate's Dossier de Synthèse de Pratique Professionnelle was submitted, one document per
 * activité type of the title. It replaces the previous submission (`supersedes`), which stays in
 * the history.
 */
export type DsppSubmitted = DomainEvent<
  'DsppSubmitted',
  {
    readonly candidateId: string;
    readonly pathwayId: string;
    readonly titleCode: string;
    readonly submissionId: string;
    /** The id of the account that submitted (the candidate, or an officer for them). */
    readonly submittedBy: string;
    readonly documents: readonly DsppDocument[];
    readonly supersedes: string | null;
    readonly submittedOn: CalendarDate;
  }
>;

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
