import type { CalendarDate } from '@titrepro/domain-kernel';
import { calendarDate, identifier, regionCode } from '@titrepro/domain-kernel';
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
  decidedOn: calendarDate,
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
  /** The region whose jury decided: the issuer (ISSUER). */
  readonly region: string;
  readonly titleCode: string;
  /** The session date: the date of the decision and of its rules. */
  readonly decidedOn: CalendarDate;
}

/** The server fields of a document to issue. */
export interface IssuedDocumentData {
  /** Server field: minted by the app. */
  readonly documentId: string;
  /** Server field: allocated by the app in the issuing region's status list. */
  readonly statusListIndex: number;
}
