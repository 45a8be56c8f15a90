import type { CalendarDate } from '@titrepro/domain-kernel';

/** A CCP the candidate holds, awarded by a jury of any region: also one entry of the livret. */
export interface HeldCcp {
  readonly titleCode: string;
  readonly ccpCode: string;
  /** The session date of the decision that awarded it. */
  readonly obtainedOn: CalendarDate;
  readonly sessionId: string;
  /** The region whose jury awarded it. */
  readonly region: string;
  readonly decisionId: string;
}

/** One line of a livret de certification (rule BOOKLET): a CCP with its date, session and region. */
export type BookletEntry = HeldCcp;

/** What a parchemin certifies (rule PARCHMENT): the full title, or a CCS of the title; never a CCP. */
export interface Achievement {
  readonly kind: 'title' | 'ccs';
  readonly titleCode: string;
  /** The CCS, for a CCS parchemin; null for the title. */
  readonly ccsCode: string | null;
}

export const DOCUMENT_KINDS = ['parchment', 'booklet'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_STATUSES = ['issued', 'superseded', 'revoked'] as const;
/** `issued` stands; `superseded`: a livret replaced by a newer version; `revoked`: withdrawn. */
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** Who revoked a document: a rectification (of any region's decision), or an officer of the issuing region. */
export type RevokedBy =
  | { readonly kind: 'rectification'; readonly rectificationId: string; readonly region: string }
  | { readonly kind: 'officer'; readonly officerId: string; readonly region: string };

/** The reason of a revocation that follows a rectification of the jury's decision. */
export const DECISION_RECTIFIED = 'decision-rectified';

export interface Revocation {
  /** `decision-rectified` for a rectification (see `by`); the officer's text otherwise. */
  readonly reason: string;
  readonly revokedOn: CalendarDate;
  readonly by: RevokedBy;
}

interface DocumentCommon {
  /** Minted by the app. */
  readonly documentId: string;
  /** The jury decision the document was issued on. */
  readonly decisionId: string;
  readonly sessionId: string;
  /**
   * ISSUER: the regional office that delivered it, the deployment's own: the region whose jury
   * decided, or for a livret reissued on another region's rectification, still this one.
   */
  readonly issuerRegion: string;
  /** The session date: the date of the decision and of the rules. */
  readonly decidedOn: CalendarDate;
  readonly issuedOn: CalendarDate;
  /** Position in the issuing region's status list. */
  readonly statusListIndex: number;
  readonly status: DocumentStatus;
  readonly revocation: Revocation | null;
  /** The rectification it was reissued on, else null. */
  readonly rectificationId: string | null;
}

/** A parchemin: the full title, or a CCS. */
export interface ParchmentDocument extends DocumentCommon {
  readonly kind: 'parchment';
  readonly achievement: Achievement;
}

/** One version of the candidate's livret de certification: every CCP held, in any region, when issued. */
export interface BookletDocument extends DocumentCommon {
  readonly kind: 'booklet';
  /** 1 for the first livret, then one more per version. */
  readonly version: number;
  readonly entries: readonly BookletEntry[];
  /** The version that replaced it, once superseded. */
  readonly supersededBy: string | null;
}

export type CandidateDocument = ParchmentDocument | BookletDocument;

/**
 * A candidate's documents stream folded: the CCPs held (from the juries of every region), the
 * decisions and rectifications taken (each once), every document ever issued, and the erasure.
 * JSON-serialisable plain data.
 */
export interface DocumentsState {
  /** Null until the first fact. */
  readonly candidateId: string | null;
  readonly ccpsHeld: readonly HeldCcp[];
  /** Decisions whose award (or rectification) was taken: an award comes once. */
  readonly decisionIds: readonly string[];
  readonly rectificationIds: readonly string[];
  /** Oldest first. */
  readonly documents: readonly CandidateDocument[];
  /** The day the candidate's personal data was erased: documents may no longer be rendered. */
  readonly erasedOn: CalendarDate | null;
}

export const initialDocumentsState = (): DocumentsState => ({
  candidateId: null,
  ccpsHeld: [],
  decisionIds: [],
  rectificationIds: [],
  documents: [],
  erasedOn: null,
});

export const documentOf = (state: DocumentsState, documentId: string): CandidateDocument | undefined =>
  state.documents.find((document) => document.documentId === documentId);

/** The livret that stands: the latest version, unless it was revoked. */
export const currentBooklet = (state: DocumentsState): BookletDocument | undefined =>
  state.documents.find((document): document is BookletDocument => document.kind === 'booklet' && document.status === 'issued');

/** The documents that stand (neither superseded nor revoked). */
export const issuedDocuments = (state: DocumentsState): readonly CandidateDocument[] => state.documents.filter((document) => document.status === 'issued');

/** The number the next livret version takes. */
export const nextBookletVersion = (state: DocumentsState): number =>
  state.documents.reduce((latest, document) => (document.kind === 'booklet' ? Math.max(latest, document.version) : latest), 0) + 1;

/** One document as the app serves or verifies it: with its candidate, and whether their data was erased (410). */
export type DocumentView = CandidateDocument & {
  readonly candidateId: string;
  readonly erasedOn: CalendarDate | null;
};

export const documentView = (state: DocumentsState, documentId: string): DocumentView | undefined => {
  const document = documentOf(state, documentId);
  return document && state.candidateId !== null ? { ...document, candidateId: state.candidateId, erasedOn: state.erasedOn } : undefined;
};
