import type { Explanation } from '@titrepro/domain-kernel';
import type { RuleId } from './rule-id';
import type { RuleDetailsById, RuleFactsById } from './rule-facts';

/** What a rule function answers: pass or fail, why (fr/en), and what it measured. */
export interface RuleVerdict<Details> {
  readonly passed: boolean;
  readonly explanation: Explanation;
  readonly details: Details;
}

/** A verdict with the rulebook and rule that gave it: what a decision records. */
export interface RuleOutcome<Id extends RuleId = RuleId> extends RuleVerdict<RuleDetailsById[Id]> {
  readonly rulebookId: string;
  readonly ruleId: Id;
}

/** One rule of one rulebook: a pure function of dated facts. */
export interface RuleDefinition<Id extends RuleId> {
  readonly id: Id;
  /** The rule as the regime states it, for people reading an audit. */
  readonly statement: Explanation;
  /** True when the regime has no such rule (it passes, "not applicable"): the rule table leaves the rulebook out. */
  readonly notInForce?: true;
  readonly evaluate: (facts: RuleFactsById[Id]) => RuleVerdict<RuleDetailsById[Id]>;
}

/** Every rule id, implemented. A regime without a rule implements it as "not applicable: passes". */
export type RuleSet = { readonly [Id in RuleId]: RuleDefinition<Id> };

export const passes = <Details = null>(fr: string, en: string, details: Details = null as Details): RuleVerdict<Details> => ({
  passed: true,
  explanation: { fr, en },
  details,
});

export const fails = <Details = null>(fr: string, en: string, details: Details = null as Details): RuleVerdict<Details> => ({
  passed: false,
  explanation: { fr, en },
  details,
});
