import type { Explanation } from '@titrepro/domain-kernel';
import { z } from 'zod';
import type { AppliedRule, RuleApplication } from './rule-application';
import { RULE_IDS, type RuleId } from './rule-id';
import type { RuleFactsById } from './rule-facts';
import type { Rulebook } from './rulebook';
import { evaluateRule } from './rulebook';
import type { RulebookCatalogue } from './rulebook-catalogue';
import { rulebooks as shippedRulebooks } from './rulebooks';

/**
 * What an event stored before its decision recorded its facts has in their place: the audit
 * re-derives them from the streams the decision read (`reads`), at the revisions cited there.
 */
export const FACTS_UNKNOWN = Object.freeze({ unknown: true as const });
export type FactsUnknown = typeof FACTS_UNKNOWN;

export const areFactsUnknown = (facts: unknown): facts is FactsUnknown =>
  typeof facts === 'object' && facts !== null && (facts as { unknown?: unknown }).unknown === true && Object.keys(facts).length === 1;

/**
 * A rule recorded by an older event (upcast): the facts it was evaluated on are not known; its
 * verdict is, unless the event kept the rule's id alone (`passed` and `explanation` null then).
 */
export interface RuleWithUnknownFacts {
  readonly ruleId: RuleId;
  readonly subject: string | null;
  readonly facts: FactsUnknown;
  readonly passed: boolean | null;
  readonly explanation: Explanation | null;
  readonly details: unknown;
}

/** The rule of an older event that kept its id alone: neither its facts nor its verdict are known. */
export const ruleKnownByIdOnly = (ruleId: RuleId, subject: string | null = null): RuleWithUnknownFacts => ({ ruleId, subject, facts: FACTS_UNKNOWN, passed: null, explanation: null, details: null });

/** One rule in a trace: id, the facts it was evaluated on (or FACTS_UNKNOWN), and its verdict. */
export type TracedRule = RuleApplication | RuleWithUnknownFacts;

/** A piece of evidence a decision relied on, by id and content hash (SHA-256, hex). */
export interface EvidenceRelied {
  readonly id: string;
  readonly sha256: string;
}

/** Another stream a decision read, at the version it read: what the audit re-derives facts from. */
export interface StreamRead {
  /** The service whose store holds the stream (`registry`, `evaluation`, `jury`, `issuance`); null: the deciding service's own. */
  readonly service: string | null;
  /** The region whose deployment holds it; null: the deciding region. */
  readonly region: string | null;
  readonly streamId: string;
  readonly revision: number;
}

/**
 * THE decision trace, the same in every service's decision events: the rulebook that decided; for
 * each rule applied its id, the facts it was evaluated on and its verdict; the evidence relied on
 * by id and hash; the version of every other stream read. Enough for `rerunTrace` to re-run every
 * rule with the pure libs alone, and for an audit to check the facts against the streams cited.
 */
export interface DecisionTrace {
  readonly rulebookId: string;
  readonly rules: readonly TracedRule[];
  readonly evidence: readonly EvidenceRelied[];
  readonly reads: readonly StreamRead[];
}

/** A trace from the rules a decider applied (`applyRule`), with what else it relied on. */
export const decisionTrace = (
  rulebook: Pick<Rulebook, 'id'> | string,
  applied: readonly (AppliedRule | RuleApplication)[],
  relied: { readonly evidence?: readonly EvidenceRelied[]; readonly reads?: readonly StreamRead[] } = {},
): DecisionTrace => ({
  rulebookId: typeof rulebook === 'string' ? rulebook : rulebook.id,
  rules: applied.map((each) => ('application' in each ? each.application : each)),
  evidence: relied.evidence ?? [],
  reads: relied.reads ?? [],
});

/** The ids of the rules a trace applied, each once, in order (what the event metadata lists). */
export const ruleIdsOf = (trace: Pick<DecisionTrace, 'rules'>): RuleId[] => [...new Set(trace.rules.map((rule) => rule.ruleId))];

/**
 * A trace as stored in an event's data. The facts are checked by re-running the rule on them, not
 * here; a verdict may be unknown (null) only where the facts are (an upcast event).
 */
export const storedDecisionTrace = z.strictObject({
  rulebookId: z.string(),
  rules: z.array(
    z
      .strictObject({
        ruleId: z.enum(RULE_IDS),
        subject: z.string().nullable(),
        facts: z.unknown(),
        passed: z.boolean().nullable(),
        explanation: z.strictObject({ fr: z.string(), en: z.string() }).nullable(),
        details: z.unknown(),
      })
      .refine((rule) => (rule.passed !== null && rule.explanation !== null) || areFactsUnknown(rule.facts), {
        message: 'a verdict may be unknown only where the facts are (FACTS_UNKNOWN)',
        path: ['passed'],
      }),
  ),
  evidence: z.array(z.strictObject({ id: z.string(), sha256: z.string() })),
  reads: z.array(z.strictObject({ service: z.string().nullable(), region: z.string().nullable(), streamId: z.string(), revision: z.number().int().nonnegative() })),
}) as unknown as z.ZodType<DecisionTrace, unknown>;

/** A verdict as recorded or as re-run: what must agree. */
export interface RecordedVerdict {
  readonly passed: boolean;
  readonly explanation: Explanation;
  readonly details: unknown;
}

/**
 * How one recorded rule fares when re-run: `agrees` (same verdict, explanation and details),
 * `disagrees`, `facts-unknown` (an upcast event: re-derive the facts from the streams read, then
 * `rerunRule`), or `rulebook-unknown` (the recorded rulebook is not in this code).
 */
export type RerunAgreement = 'agrees' | 'disagrees' | 'facts-unknown' | 'rulebook-unknown';

export interface RuleRerun {
  readonly ruleId: RuleId;
  readonly subject: string | null;
  readonly agreement: RerunAgreement;
  /** Null when the event kept the rule's id alone (an upcast event). */
  readonly recorded: RecordedVerdict | null;
  /** Null when it could not be re-run (facts or rulebook unknown). */
  readonly rerun: RecordedVerdict | null;
}

export interface TraceRerun {
  readonly rulebookId: string;
  /** True when every rule was re-run and agrees. */
  readonly consistent: boolean;
  readonly rules: readonly RuleRerun[];
}

/** What re-running needs of the rulebooks: each by the id a decision recorded. */
export type RulebookLookup = Pick<RulebookCatalogue, 'findRulebook'>;

const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, each: unknown) =>
    each !== null && typeof each === 'object' && !Array.isArray(each)
      ? Object.fromEntries(Object.entries(each as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : each,
  );

const verdictOf = ({ passed, explanation, details }: RecordedVerdict): RecordedVerdict => ({ passed, explanation, details });

const recordedVerdictOf = (rule: TracedRule): RecordedVerdict | null =>
  rule.passed === null || rule.explanation === null ? null : { passed: rule.passed, explanation: rule.explanation, details: rule.details };

/**
 * Re-runs one rule of `rulebook` on facts (recorded, or re-derived by an audit) and compares with
 * the verdict recorded. The facts are typed by the rule id beside them; TypeScript cannot correlate
 * the two in a union, so the one cast lives here.
 */
export const rerunRule = (rulebook: Rulebook, ruleId: RuleId, facts: unknown, recorded: RecordedVerdict, subject: string | null = null): RuleRerun => {
  let rerun: RecordedVerdict;
  try {
    rerun = verdictOf(evaluateRule(rulebook, ruleId, facts as RuleFactsById[RuleId] as never));
  } catch {
    // Facts of the wrong shape: the rule cannot give the recorded verdict on them.
    return { ruleId, subject, agreement: 'disagrees', recorded: verdictOf(recorded), rerun: null };
  }
  return { ruleId, subject, agreement: canonical(rerun) === canonical(verdictOf(recorded)) ? 'agrees' : 'disagrees', recorded: verdictOf(recorded), rerun };
};

/**
 * Re-runs every rule of a recorded trace under the rulebook it records, on the facts it records,
 * and says per rule whether the verdict agrees. Pure: the audit calls it on each decision event.
 */
export const rerunTrace = (trace: Pick<DecisionTrace, 'rulebookId' | 'rules'>, rulebooks: RulebookLookup = shippedRulebooks): TraceRerun => {
  const rulebook = rulebooks.findRulebook(trace.rulebookId);
  const rules = trace.rules.map((rule): RuleRerun => {
    const recorded = recordedVerdictOf(rule);
    if (!rulebook) return { ruleId: rule.ruleId, subject: rule.subject, agreement: 'rulebook-unknown', recorded, rerun: null };
    if (areFactsUnknown(rule.facts) || recorded === null) return { ruleId: rule.ruleId, subject: rule.subject, agreement: 'facts-unknown', recorded, rerun: null };
    return rerunRule(rulebook, rule.ruleId, rule.facts, recorded, rule.subject);
  });
  return { rulebookId: trace.rulebookId, consistent: rulebook !== undefined && rules.every((rule) => rule.agreement === 'agrees'), rules };
};
