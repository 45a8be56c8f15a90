import { evaluateRule, type RuleApplication, type Rulebook, rulebooks as shippedRulebooks, type RuleFactsById, type RuleId, type RuleOutcome } from '@titrepro/domain-rulebook';
import type { Explanation } from '@titrepro/domain-kernel';
import type { SessionDecisionEvent } from '../session/events/session-event-catalogue';
import { canonicalJson } from '../session/minutes';
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

// The recorded facts are typed by the rule id that sits beside them; TypeScript cannot correlate
// the two in a union, so the one cast lives here.
const rerunOne = (rulebook: Rulebook, application: RuleApplication): RuleOutcome =>
  evaluateRule(rulebook, application.ruleId, application.facts as RuleFactsById[typeof application.ruleId] as never);

const verdictOf = ({ passed, explanation, details }: RuleVerdictRecord): RuleVerdictRecord => ({ passed, explanation, details });

/**
 * Re-evaluates each recorded application's facts under the rulebook that took the decision, and
 * lists every verdict that differs (pass, explanation or details) from the one recorded. Under an
 * unknown rulebook nothing can be re-run: inconsistent, each application listed with `rerun: null`.
 */
export const rerunRuleApplications = (rulebooks: RuleCatalogueLookup, rulebookId: string, applications: readonly RuleApplication[]): RerunReport => {
  const rulebook = rulebooks.findRulebook(rulebookId);
  const mismatches = applications.flatMap((application): RerunMismatch[] => {
    const recorded = verdictOf(application);
    if (!rulebook) return [{ ruleId: application.ruleId, subject: application.subject, recorded, rerun: null }];
    const rerun = verdictOf(rerunOne(rulebook, application));
    return canonicalJson(rerun) === canonicalJson(recorded) ? [] : [{ ruleId: application.ruleId, subject: application.subject, recorded, rerun }];
  });
  // A decision under a rulebook this code does not know cannot be vouched for, even without rules.
  return { consistent: rulebook !== undefined && mismatches.length === 0, mismatches };
};

/** Re-runs a recorded session decision from the event alone (JuryConstituted, CandidateConvened, DeliberationRecorded, DecisionRectified). */
export const rerunDecision = (event: SessionDecisionEvent, rulebooks: RuleCatalogueLookup = shippedRulebooks): RerunReport =>
  rerunRuleApplications(rulebooks, event.data.rulebookId, event.data.ruleApplications);
