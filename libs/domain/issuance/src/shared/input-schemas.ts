import type { CalendarDate } from '@titrepro/domain-kernel';
import { calendarDateIn, DATE_RANGES, identifier, regionCode } from '@titrepro/domain-kernel';
import { statusListIndex, titleCode } from './code-schemas';

// The shapes of the commands the app makes from consumed integration events: strict, so that a
// malformed event is refused (and dead-lettered) rather than folded into a candidate's documents.

/** What every jury award names: whose, which decision, where and when. */
export const awardFields = {
  candidateId: identifier,
  decisionId: identifier,
  sessionId: identifier,
  region: regionCode,
  titleCode,
  decidedOn: calendarDateIn(DATE_RANGES.decisionDate),
} as const;

/**
 * Server field of every command made from a jury's award or rectification: the region of the
 * deployment taking it. Every region consumes the juries of every region, but only the region whose
 * jury decided issues (ISSUER): it alone holds that region's signing key.
 */
export const issuingRegionFields = {
  issuingRegion: regionCode,
} as const;

/** Server fields of a command that issues a document: the app mints the id and allocates the issuing region's status-list index. */
export const issuedDocumentFields = {
  documentId: identifier,
  statusListIndex,
} as const;

/** What every award command's data holds. */
export interface AwardData {
  readonly candidateId: string;
  readonly decisionId: string;
  readonly sessionId: string;
  /** The region whose jury decided: the issuer, if it is this deployment's (ISSUER). */
  readonly region: string;
  readonly titleCode: string;
  /** The session date: the date of the decision and of its rules. */
  readonly decidedOn: CalendarDate;
}

/** The server field of every command made from a jury's award or rectification. */
export interface IssuingRegionData {
  /** Server field: the region of this deployment, filled by the app; an award of another region's jury is held, never issued. */
  readonly issuingRegion: string;
}

/** The server fields of a document to issue. */
export interface IssuedDocumentData {
  /** Server field: minted by the app (unused when nothing is issued). */
  readonly documentId: string;
  /** Server field: allocated by the app in the issuing region's status list. */
  readonly statusListIndex: number;
}
