export type Assessor =
  | { readonly personId: string; readonly role: 'professional' }
  | { readonly personId: string; readonly role: 'trainer'; /** Title code of the trainer's specialty. */ readonly specialtyTitleCode: string };

/** CCP-PAIR: the evaluation of one CCP in the discontinuous pathway. */
export interface CcpAssessmentFacts {
  readonly titleCode: string;
  readonly titleCcpCodes: readonly string[];
  readonly ccpCode: string;
  readonly assessors: readonly Assessor[];
  /** Mise en situation professionnelle for this CCP held. */
  readonly practicalAssessment: boolean;
  readonly dspp: boolean;
}
