/** JURY-PROFESSIONALS: who sits on the jury that decides for this candidate. */
export interface JuryCompositionFacts {
  readonly members: readonly {
    readonly personId: string;
    readonly professional: boolean;
    /** This member trained the candidate. */
    readonly trainerOfCandidate: boolean;
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
