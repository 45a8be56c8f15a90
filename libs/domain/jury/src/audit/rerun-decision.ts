import { rerunTrace, type RuleApplication, rulebooks as shippedRulebooks, type RuleId } from '@titrepro/domain-rulebook';
import type { Explanation } from '@titrepro/domain-kernel';
import type { SessionDecisionEvent } from '../session/events/session-event-catalogue';
import type { RuleCatalogueLookup } from './rulebook-lookup';

/** A verdict as recorded or as re-run: what must match. */
export interface RuleVerdictRecord {
  readonly passed: boolean;
  readonly explanation: Explanation;
  readonly details: unknown;
}

export interface RerunMismatch {
  readonly ruleId: RuleId;
  readonly subject: string | null;
  readonly recorded: RuleVerdictRecord;
  /** Null when the rulebook recorded is unknown here. */
  readonly rerun: RuleVerdictRecord | null;
}

export interface RerunReport {
  readonly consistent: boolean;
  readonly mismatches: readonly RerunMismatch[];
}

/**
 * Re-evaluates each recorded application's facts under the rulebook that took the decision, and
 * lists every verdict that differs (pass, explanation or details) from the one recorded: the
 * rulebook's `rerunTrace` (the one re-run of every service), in the shape this route publishes.
 * Under an unknown rulebook nothing can be re-run: inconsistent, each application listed with `rerun: null`.
 */
export const rerunRuleApplications = (rulebooks: RuleCatalogueLookup, rulebookId: string, applications: readonly RuleApplication[]): RerunReport => {
  const rerun = rerunTrace({ rulebookId, rules: applications }, rulebooks);
  // One re-run per application, in order; a jury application always records its verdict.
  const mismatches = rerun.rules.flatMap((rule, index): RerunMismatch[] => {
    const { passed, explanation, details } = applications[index] as RuleApplication;
    return rule.agreement === 'agrees' ? [] : [{ ruleId: rule.ruleId, subject: rule.subject, recorded: rule.recorded ?? { passed, explanation, details }, rerun: rule.rerun }];
  });
  return { consistent: rerun.consistent, mismatches };
};

/** Re-runs a recorded session decision from the event alone (JuryConstituted, CandidateConvened, DeliberationRecorded, DecisionRectified). */
export const rerunDecision = (event: SessionDecisionEvent, rulebooks: RuleCatalogueLookup = shippedRulebooks): RerunReport =>
  rerunRuleApplications(rulebooks, event.data.rulebookId, event.data.ruleApplications);
