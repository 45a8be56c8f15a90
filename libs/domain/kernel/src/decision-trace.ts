/** Which rulebook and which of its rules decided a fact; stored with every decision event for auditors. */
export interface DecisionTrace {
  readonly rulebookId: string;
  readonly ruleIds: readonly string[];
}
