import type { CalendarDate } from '@titrepro/domain-kernel';
import type { FileAdmissibility, FileAdmissibilityRequest, FileEvidenceRecord, FileEvidenceStatus, FilePathway } from '../shared/candidate-file-facts';
import type { Holdings } from './awards/holdings';

/** A capitalisation window this file announced as closed (CapitalisationWindowClosed): announced once. */
export interface ClosedCapitalisationWindow {
  readonly titleCode: string;
  readonly windowStart: CalendarDate;
  readonly windowEnd: CalendarDate;
}

/**
 * A candidate's jury file folded: the facts sessions decide on (`candidateFileFacts`), plus the
 * bookkeeping that makes consumed events idempotent.
 */
export interface CandidateFileState extends Holdings {
  /** Null until the first fact. */
  readonly candidateId: string | null;
  readonly homeRegion: string | null;
  readonly pathways: readonly FilePathway[];
  /** Every admissibility notified, oldest first: the latest of a pathway counts. */
  readonly admissibility: readonly FileAdmissibility[];
  /** Every dossier de recevabilité filed, oldest first: the latest of a pathway counts. */
  readonly admissibilityRequests: readonly FileAdmissibilityRequest[];
  /** The latest status per pathway. */
  readonly evidenceStatus: readonly FileEvidenceStatus[];
  readonly evidenceRecords: readonly FileEvidenceRecord[];
  /** The evaluation's latest trainer list. */
  readonly trainerIds: readonly string[];
  /** Decisions whose award the file took, rectified or not: each is taken once. */
  readonly decisionIds: readonly string[];
  /** Ids of the integration events consumed: a redelivery decides nothing. */
  readonly sourceEventIds: readonly string[];
  readonly capitalisationWindowsClosed: readonly ClosedCapitalisationWindow[];
}

export const initialCandidateFileState = (): CandidateFileState => ({
  candidateId: null,
  homeRegion: null,
  pathways: [],
  admissibility: [],
  admissibilityRequests: [],
  evidenceStatus: [],
  evidenceRecords: [],
  trainerIds: [],
  ccpsHeld: [],
  titlesHeld: [],
  ccssHeld: [],
  decisionIds: [],
  sourceEventIds: [],
  capitalisationWindowsClosed: [],
});
