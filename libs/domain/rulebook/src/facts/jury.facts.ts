import type { PathwayType } from '../pathway-type';

/** One member of the jury, as the rules about its composition read them. */
export interface JuryMemberComposition {
  readonly personId: string;
  readonly professional: boolean;
  /** This member trained (or accompanied) the candidate. */
  readonly trainerOfCandidate: boolean;
  /** This member declared a conflict of interest with the candidate (absent: none declared). */
  readonly declaredConflict?: boolean;
}

/** JURY-PROFESSIONALS: who sits on the jury that decides for this candidate. */
export interface JuryCompositionFacts {
  /**
   * Recorded by vae-jury-2024 decisions taken before VAE-JURY had an id of its own; no rule of
   * JURY-PROFESSIONALS reads it (kept so those recorded facts still parse as this type).
   */
  readonly pathwayType?: PathwayType | null;
  /** As `pathwayType`: recorded, not read. */
  readonly presidentId?: string | null;
  readonly members: readonly JuryMemberComposition[];
}

/** VAE-JURY (D. 6412-6 code du travail, from 13 April 2024): the jury of a VAE candidate, its president and its links with the candidate. */
export interface VaeJuryFacts {
  /** The candidate's pathway: the rule is about VAE juries only. */
  readonly pathwayType: PathwayType | null;
  /** The member the office designated president of the jury; null when none was designated. */
  readonly presidentId: string | null;
  readonly members: readonly JuryMemberComposition[];
}

export type JuryOutcome =
  | { readonly kind: 'title-awarded' }
  | { readonly kind: 'title-not-awarded'; readonly ccpCodesAwarded: readonly string[] };

/** JURY-OUTCOME: the jury's decision for one candidate. */
export interface JuryOutcomeFacts {
  readonly titleCcpCodes: readonly string[];
  readonly outcome: JuryOutcome;
}
