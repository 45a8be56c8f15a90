import type { CalendarDate, DomainError, Explanation } from '@titrepro/domain-kernel';
import { ruleViolation } from '@titrepro/domain-kernel';
import type { RuleOutcome, RuleSet } from './rule';
import type { RuleId } from './rule-id';
import type { RuleFactsById } from './rule-facts';

/** A regime's rules, with the dates it governs decisions. */
export interface Rulebook {
  /** Stable id stored in decision events, e.g. `seed-2009`. */
  readonly id: string;
  readonly description: Explanation;
  /** First decision date it governs. */
  readonly validFrom: CalendarDate;
  /** Last decision date it governs (inclusive); null while in force. */
  readonly validTo: CalendarDate | null;
  /** The texts it restates. */
  readonly sources: readonly string[];
  readonly rules: RuleSet;
}

/** Asks `rulebook` for rule `ruleId` on `facts`. */
export const evaluateRule = <Id extends RuleId>(rulebook: Rulebook, ruleId: Id, facts: RuleFactsById[Id]): RuleOutcome<Id> => {
  const rule = rulebook.rules[ruleId];
  return { rulebookId: rulebook.id, ruleId, ...rule.evaluate(facts) };
};

/** The refusal a failed outcome turns into (DomainError `rule-violation`, carrying rule and rulebook ids). */
export const violationOf = (outcome: RuleOutcome): DomainError => ruleViolation(outcome.rulebookId, outcome.ruleId, outcome.explanation);
