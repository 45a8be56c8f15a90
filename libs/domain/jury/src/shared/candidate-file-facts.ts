import type { CalendarDate } from '@titrepro/domain-kernel';
import type { PathwayType } from '@titrepro/domain-rulebook';

/** Where a fact of the file came from: the integration event consumed (its id and producing region). */
export interface SourceEvent {
  readonly eventId: string;
  readonly region: string;
}

export interface FilePathway {
  readonly pathwayId: string;
  readonly titleCode: string;
  readonly type: PathwayType;
  /** The region whose registry opened it. */
  readonly region: string;
  readonly status: 'open' | 'withdrawn';
}

/** The regional office's latest answer on a VAE pathway's admissibility (notification de recevabilité). */
export interface FileAdmissibility {
  readonly pathwayId: string;
  readonly outcome: 'admissible' | 'not-admissible';
  readonly decidedOn: CalendarDate;
  readonly source: SourceEvent;
}

/** A dossier de recevabilité filed on a VAE pathway: from 2024 the office's silence is counted from it. */
export interface FileAdmissibilityRequest {
  readonly pathwayId: string;
  readonly requestedOn: CalendarDate;
  readonly source: SourceEvent;
}

/** One piece of evidence as the evaluation service names it (`ecf:CCP2`, "ECF for CCP2"). */
export interface EvidenceItemFacts {
  readonly key: string;
  readonly fr: string;
  readonly en: string;
}

/** The evaluation service's latest judgement of a pathway's evidence (EvidenceCompletenessChanged). */
export interface FileEvidenceStatus {
  readonly pathwayId: string;
  /** The evaluation's rulebook and rule (EVIDENCE-CONTINUOUS, EVIDENCE-VAE or CCP-PAIR). */
  readonly rulebookId: string;
  readonly ruleIds: readonly string[];
  readonly complete: boolean;
  readonly present: readonly EvidenceItemFacts[];
  readonly missing: readonly EvidenceItemFacts[];
  readonly source: SourceEvent;
}

export type EvidenceRecordKind = 'training-evaluation' | 'dspp' | 'practical-assessment' | 'ccp-pair-assessment';

/** One piece of evidence recorded by an evaluation service: its ids and hashes, never its content. */
export interface FileEvidenceRecord {
  readonly pathwayId: string;
  readonly kind: EvidenceRecordKind;
  /** The CCP it is about, null for the title's synthesis or a CCS. */
  readonly ccpCode: string | null;
  /** The CCS a practical assessment was about, else null. */
  readonly ccsCode: string | null;
  /** The evaluation's id of it (assessment id, DSPP submission id; the event id for an ECF). */
  readonly referenceId: string;
  /** SHA-256 of the documents it holds (a DSPP's), else empty. */
  readonly sha256s: readonly string[];
  readonly assessorIds: readonly string[];
  /** Passed / acquired when the evaluation says so; null when it carries no single outcome. */
  readonly passed: boolean | null;
  readonly on: CalendarDate;
  readonly source: SourceEvent;
}

/** A CCP the candidate holds, awarded by a jury of any region. */
export interface HeldCcp {
  readonly titleCode: string;
  readonly ccpCode: string;
  readonly obtainedOn: CalendarDate;
  readonly region: string;
  readonly sessionId: string;
  readonly decisionId: string;
}

export interface HeldTitle {
  readonly titleCode: string;
  readonly awardedOn: CalendarDate;
  readonly region: string;
  readonly sessionId: string;
  readonly decisionId: string;
}

export interface HeldCcs {
  readonly titleCode: string;
  readonly ccsCode: string;
  readonly awardedOn: CalendarDate;
  readonly region: string;
  readonly sessionId: string;
  readonly decisionId: string;
}

/**
 * The jury's file of one candidate, as consumed from the registries, evaluations and juries of
 * every region: what the app reads from the candidate's file stream and passes in the session
 * commands that decide on the candidate. Decision events record it (or the part a rule used).
 */
export interface CandidateFileFacts {
  readonly candidateId: string;
  /** The region whose office holds the file now; null until a registry said. */
  readonly homeRegion: string | null;
  readonly pathways: readonly FilePathway[];
  readonly admissibility: readonly FileAdmissibility[];
  /** The dossiers de recevabilité filed (absent in files passed before the jury kept them: none known). */
  readonly admissibilityRequests?: readonly FileAdmissibilityRequest[];
  readonly evidenceStatus: readonly FileEvidenceStatus[];
  readonly evidenceRecords: readonly FileEvidenceRecord[];
  /** Trainers (CandidateTrainersChanged) and every assessor who recorded evidence about the candidate. */
  readonly assessorIds: readonly string[];
  readonly ccpsHeld: readonly HeldCcp[];
  readonly titlesHeld: readonly HeldTitle[];
  readonly ccssHeld: readonly HeldCcs[];
}

/** The exact version of the file a decision read: its stream and revision. */
export interface FileReference {
  readonly streamId: string;
  readonly revision: number;
}
