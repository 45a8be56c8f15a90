import type { Explanation } from '@titrepro/domain-kernel';
import type { RuleDetailsById, RuleFactsById, RuleId } from '@titrepro/domain-rulebook';

/**
 * One rule as a decision applied it: the rule id, the exact facts it was evaluated on, and its
 * verdict. Stored in issuance events so an auditor re-runs the rule with the pure libs alone and
 * gets the same verdict. `subject` names what it was applied for when a decision applies a rule
 * several times (BOOKLET, once per new entry: the CCP code).
 */
export type RuleApplication = {
  [Id in RuleId]: {
    readonly ruleId: Id;
    readonly subject: string | null;
    readonly facts: RuleFactsById[Id];
    readonly passed: boolean;
    readonly explanation: Explanation;
    readonly details: RuleDetailsById[Id];
  };
}[RuleId];
