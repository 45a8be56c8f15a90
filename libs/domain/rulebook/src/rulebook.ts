import type { CalendarDate, DomainError, Explanation } from '@titrepro/domain-kernel';
import { ruleViolation } from '@titrepro/domain-kernel';
import type { RuleOutcome, RuleSet } from './rule';
import type { RuleId } from './rule-id';
import type { RuleFactsById } from './rule-facts';
import type { RulebookWording } from './wording';

/** A regime's rules, with the dates it governs decisions. */
export interface Rulebook {
  /** Stable id stored in decision events, e.g. `seed-2009`. */
  readonly id: string;
  readonly description: Explanation;
  /** First decision date it governs. */
  readonly validFrom: CalendarDate;
  /** Last decision date it governs (inclusive); null while in force. */
  readonly validTo: CalendarDate | null;
  /** The texts it restates: each text with the articles it draws on. */
  readonly sources: readonly string[];
  /** What changed from the rulebook before it (empty for the first). */
  readonly changes: readonly Explanation[];
  /** The words documents and API labels use under this regime. */
  readonly wording: RulebookWording;
  readonly rules: RuleSet;
}

/** Asks `rulebook` for rule `ruleId` on `facts`. */
export const evaluateRule = <Id extends RuleId>(rulebook: Rulebook, ruleId: Id, facts: RuleFactsById[Id]): RuleOutcome<Id> => {
  const rule = rulebook.rules[ruleId];
  return { rulebookId: rulebook.id, ruleId, ...rule.evaluate(facts) };
};

/** Whether the regime has rule `ruleId` at all (a later regime's rule is "not in force" before it): a decision applies and records only the rules its rulebook holds. */
export const holdsRule = (rulebook: Rulebook, ruleId: RuleId): boolean => rulebook.rules[ruleId].notInForce !== true;

/** The refusal a failed outcome turns into (DomainError `rule-violation`, carrying rule and rulebook ids). */
export const violationOf = (outcome: RuleOutcome): DomainError => ruleViolation(outcome.rulebookId, outcome.ruleId, outcome.explanation);
