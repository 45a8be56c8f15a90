import { type RuleApplication } from '@titrepro/domain-rulebook';
import type { DecisionTrace } from '@titrepro/domain-kernel';

/** The decision trace of an event that records its rule applications: each rule id once, in order. */
export const traceOf = (data: { readonly rulebookId: string; readonly ruleApplications: readonly RuleApplication[] }): DecisionTrace => ({
  rulebookId: data.rulebookId,
  ruleIds: [...new Set(data.ruleApplications.map((application) => application.ruleId))],
});
