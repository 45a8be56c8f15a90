import type { Rulebook, RuleFactsById, RuleId, RuleOutcome } from '@titrepro/domain-rulebook';
import { evaluateRule } from '@titrepro/domain-rulebook';
import type { RuleApplication } from './rule-application';

/** A rule evaluated for a decision: what the event records, and the outcome a refusal is made of. */
export interface AppliedRule<Id extends RuleId = RuleId> {
  readonly application: RuleApplication;
  readonly outcome: RuleOutcome<Id>;
}

/**
 * Evaluates `ruleId` of `rulebook` on `facts` and keeps those very facts in the application, so
 * that re-running the recorded application gives the same verdict.
 */
export const applyRule = <Id extends RuleId>(rulebook: Rulebook, ruleId: Id, facts: RuleFactsById[Id], subject: string | null = null): AppliedRule<Id> => {
  const outcome = evaluateRule(rulebook, ruleId, facts);
  const application = {
    ruleId,
    subject,
    facts,
    passed: outcome.passed,
    explanation: outcome.explanation,
    details: outcome.details,
  } as RuleApplication;
  return { application, outcome };
};
