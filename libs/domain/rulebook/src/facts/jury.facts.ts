import type { PathwayType } from '../pathway-type';

/** JURY-PROFESSIONALS: who sits on the jury that decides for this candidate. */
export interface JuryCompositionFacts {
  /** The candidate's pathway, when the jury decides for one: from April 2024 a VAE jury has its own rules. */
  readonly pathwayType?: PathwayType | null;
  /** The member designated president, when the deployment records one. */
  readonly presidentId?: string | null;
  readonly members: readonly {
    readonly personId: string;
    readonly professional: boolean;
    /** This member trained the candidate. */
    readonly trainerOfCandidate: boolean;
    /** This member declared a conflict of interest with the candidate (absent: none declared). */
    readonly declaredConflict?: boolean;
  }[];
}

export type JuryOutcome =
  | { readonly kind: 'title-awarded' }
  | { readonly kind: 'title-not-awarded'; readonly ccpCodesAwarded: readonly string[] };

/** JURY-OUTCOME: the jury's decision for one candidate. */
export interface JuryOutcomeFacts {
  readonly titleCcpCodes: readonly string[];
  readonly outcome: JuryOutcome;
}
