import { decisionTrace, type DecisionTrace, type RuleApplication } from '@titrepro/domain-rulebook';

/** The decision trace of an issuance (the one trace of every service): the rules it applied, with their facts and verdicts. */
export const traceOf = (data: { readonly rulebookId: string; readonly ruleApplications: readonly RuleApplication[] }): DecisionTrace =>
  decisionTrace(data.rulebookId, data.ruleApplications);
