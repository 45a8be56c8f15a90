/**
 * What the event store keeps of a decision in the event's metadata: the rulebook and the ids of the
 * rules that decided, for queries that need no data. The whole trace (facts, verdicts, evidence,
 * streams read) is in the event's data: domain-rulebook's `DecisionTrace`.
 */
export interface DecisionSummary {
  readonly rulebookId: string;
  readonly ruleIds: readonly string[];
}

/** What the kernel needs to know of a decision trace (the trace itself is domain-rulebook's `DecisionTrace`). */
export interface TracedDecision {
  readonly rulebookId: string;
  readonly rules: readonly { readonly ruleId: string }[];
}

/** The summary of a trace: its rulebook, each rule id once, in order. */
export const summaryOf = (trace: TracedDecision): DecisionSummary => ({
  rulebookId: trace.rulebookId,
  ruleIds: [...new Set(trace.rules.map((rule) => rule.ruleId))],
});
