/**
 * What the app loads from a jury member's stream and passes in the session commands they take part
 * in: ids and habilitations only, never a name.
 */
export interface JuryMemberFacts {
  readonly memberId: string;
  /** The region whose office registered the member. */
  readonly region: string;
  /** The titles the member is habilitated to judge (a professional of the trade). */
  readonly titleCodes: readonly string[];
  /**
   * The same person's id as an assessor in the evaluation service, if they are one: how the jury
   * tells that a member trained or assessed a candidate (JURY-PROFESSIONALS).
   */
  readonly assessorId: string | null;
}
