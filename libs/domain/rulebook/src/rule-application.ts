import type { Explanation } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { RuleOutcome } from './rule';
import { RULE_IDS, type RuleId } from './rule-id';
import type { RuleDetailsById, RuleFactsById } from './rule-facts';
import { evaluateRule, type Rulebook } from './rulebook';

/**
 * One rule as a decision applied it: the rule id, the exact facts it was evaluated on, and its
 * verdict. Decision events store them so that an auditor re-runs the rule with the pure libs alone
 * and gets the same verdict. `subject` says whom or what it was applied for when a decision applies
 * a rule several times (JURY-PROFESSIONALS per candidate of a session, BOOKLET per new CCP).
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

/** A rule evaluated for a decision: what the event records, and the outcome a refusal is made of. */
export interface AppliedRule<Id extends RuleId = RuleId> {
  readonly application: RuleApplication;
  readonly outcome: RuleOutcome<Id>;
}

/**
 * Evaluates `ruleId` of `rulebook` on `facts` and keeps those very facts in the application, so
 * that re-running the recorded application gives the same verdict (the audit relies on it).
 */
export const applyRule = <Id extends RuleId>(rulebook: Rulebook, ruleId: Id, facts: RuleFactsById[Id], subject: string | null = null): AppliedRule<Id> => {
  const outcome = evaluateRule(rulebook, ruleId, facts);
  const application = { ruleId, subject, facts, passed: outcome.passed, explanation: outcome.explanation, details: outcome.details } as RuleApplication;
  return { application, outcome };
};

/**
 * Rule applications as events store them: the facts exactly as the rule read them, whatever the
 * rule. The schema checks the frame; re-running the rule on the facts shows a wrong shape.
 */
export const storedRuleApplications = z.array(
  z.strictObject({
    ruleId: z.enum(RULE_IDS),
    subject: z.string().nullable(),
    facts: z.unknown(),
    passed: z.boolean(),
    explanation: z.strictObject({ fr: z.string(), en: z.string() }),
    details: z.unknown(),
  }),
) as unknown as z.ZodType<readonly RuleApplication[], unknown>;
