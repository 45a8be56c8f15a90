import type { CalendarDate, DomainEvent } from '@titrepro/domain-kernel';

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
