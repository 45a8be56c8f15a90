/** A professional of the trade, or a trainer of a specialty (formateur). */
export type AssessorKind = 'professional' | 'trainer';

export const ASSESSOR_KINDS = ['professional', 'trainer'] as const satisfies readonly AssessorKind[];

/**
 * What the app loads from the assessor's stream (their `AssessorRegistered`) and passes in the
 * commands an assessor takes part in, so that deciders of a candidate's stream need not read
 * another stream. Ids and qualifications only: an assessor's name never reaches a candidate's events.
 */
export interface AssessorFacts {
  readonly assessorId: string;
  readonly kind: AssessorKind;
  /** The trainer's specialty title code; null for a professional. */
  readonly specialtyTitleCode: string | null;
  /** The titles the assessor may assess. */
  readonly qualifiedTitleCodes: readonly string[];
  /** The region whose office registered the assessor. */
  readonly region: string;
}

/** What a mise en situation professionnelle assesses: the whole title (épreuve de synthèse), one CCP, or one CCS. */
export type PracticalAssessmentTarget =
  | { readonly kind: 'title-synthesis' }
  | { readonly kind: 'ccp'; readonly ccpCode: string }
  | { readonly kind: 'ccs'; readonly ccsCode: string };

/** One line of an assessment grid. */
export interface CompetenceOutcome {
  /** Verbatim label from the référentiel. */
  readonly competence: string;
  readonly outcome: 'acquired' | 'not-acquired';
}

export const COMPETENCE_OUTCOMES = ['acquired', 'not-acquired'] as const satisfies readonly CompetenceOutcome['outcome'][];

/** What an assessor is assigned to for a candidate: the ECF of a CCP, one practical assessment, or the pair evaluation of a CCP. */
export type AssignmentScope =
  | { readonly kind: 'ecf'; readonly ccpCode: string }
  | { readonly kind: 'practical-assessment'; readonly assessmentId: string }
  | { readonly kind: 'ccp-evaluation'; readonly ccpCode: string };
