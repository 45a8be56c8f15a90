import type { Explanation } from '@titrepro/domain-kernel';
import { areFactsUnknown, rerunRule, type DecisionTrace, type Rulebook, type TracedRule } from '@titrepro/domain-rulebook';
import type { ReplayFlag } from '../model';
import { canonical } from './canonical';

const say = (fr: string, en: string): Explanation => ({ fr, en });
const keyOf = (rule: Pick<TracedRule, 'ruleId' | 'subject'>): string => `${rule.ruleId}|${rule.subject ?? ''}`;

/** What comparing a recorded trace with the one re-derived from the cited streams gives. */
export interface TraceComparison {
  readonly flags: ReplayFlag[];
  /** The rules whose facts were re-derived (and, where the event kept none, re-run on them). */
  readonly rederived: string[];
}

/**
 * Compares a recorded decision trace with the one re-derived from the streams it read (`from` names
 * them in the messages), rule by rule (rule id and subject):
 * - recorded facts that differ from the re-derived ones, or a rule on one side only: `facts-differ`;
 * - facts the event never kept (an upcast event, FACTS_UNKNOWN): the rule is re-run on the re-derived
 *   facts, and a verdict the event kept that the rule does not give is `verdict-differs`;
 * - evidence relied on (by id and hash) other than the re-derived: `facts-differ`.
 * An older event that kept a rule once with no subject stands for every re-derived application of it.
 */
export const compareTraces = (recorded: DecisionTrace, again: DecisionTrace, rulebook: Rulebook, from: Explanation): TraceComparison => {
  const flags: ReplayFlag[] = [];
  const rederived = new Set<string>();
  const fresh = new Map(again.rules.map((rule) => [keyOf(rule), rule]));
  const matched = new Set<string>();
  for (const rule of recorded.rules) {
    const unknown = areFactsUnknown(rule.facts);
    const same = unknown && rule.subject === null ? again.rules.filter((each) => each.ruleId === rule.ruleId) : [fresh.get(keyOf(rule))].filter((each): each is TracedRule => each !== undefined);
    if (same.length === 0) {
      flags.push({
        kind: 'facts-differ',
        ruleId: rule.ruleId,
        subject: rule.subject,
        message: say(`${rule.ruleId} ne s'applique pas à cette décision sur les faits ${from.fr}`, `${rule.ruleId} does not apply to this decision on the facts ${from.en}`),
        recorded: unknown ? null : rule.facts,
        rederived: null,
      });
      continue;
    }
    for (const each of same) {
      matched.add(keyOf(each));
      rederived.add(each.ruleId);
      if (!unknown) {
        if (canonical(each.facts) !== canonical(rule.facts)) {
          flags.push({
            kind: 'facts-differ',
            ruleId: rule.ruleId,
            subject: rule.subject,
            message: say(`Les faits enregistrés pour ${rule.ruleId} diffèrent de ceux ${from.fr}`, `The facts recorded for ${rule.ruleId} differ from those ${from.en}`),
            recorded: rule.facts,
            rederived: each.facts,
          });
        }
        continue;
      }
      if (rule.passed === null || rule.explanation === null) continue;
      // An older event kept the verdict alone: the rule, re-run on the re-derived facts, must give it.
      const rerun = rerunRule(rulebook, rule.ruleId, each.facts, { passed: rule.passed, explanation: rule.explanation, details: rule.details }, each.subject);
      if (rerun.rerun?.passed !== rule.passed) {
        flags.push({
          kind: 'verdict-differs',
          ruleId: rule.ruleId,
          subject: each.subject,
          message: say(
            `${rule.ruleId} ne donne pas le verdict enregistré (${rule.passed ? 'satisfaite' : 'non satisfaite'}) sur les faits ${from.fr}`,
            `${rule.ruleId} does not give the recorded verdict (${rule.passed ? 'passed' : 'failed'}) on the facts ${from.en}`,
          ),
          recorded: { passed: rule.passed, explanation: rule.explanation },
          rederived: rerun.rerun,
        });
      }
    }
  }
  for (const each of again.rules) {
    if (matched.has(keyOf(each))) continue;
    flags.push({
      kind: 'facts-differ',
      ruleId: each.ruleId,
      subject: each.subject,
      message: say(`La décision n'enregistre pas ${each.ruleId}, qui s'applique sur les faits ${from.fr}`, `The decision does not record ${each.ruleId}, which applies on the facts ${from.en}`),
      recorded: null,
      rederived: each.facts,
    });
  }
  // An older event kept no evidence: only a trace that records facts is held to the evidence it relied on.
  const everyFactUnknown = recorded.rules.every((rule) => areFactsUnknown(rule.facts));
  const evidence = (trace: DecisionTrace) => canonical([...trace.evidence].map((each) => `${each.id}|${each.sha256}`).sort());
  if (!everyFactUnknown && evidence(recorded) !== evidence(again)) {
    flags.push({
      kind: 'facts-differ',
      ruleId: null,
      subject: null,
      message: say(`Les pièces enregistrées (id et empreinte) diffèrent de celles ${from.fr}`, `The evidence recorded (id and hash) differs from that ${from.en}`),
      recorded: recorded.evidence,
      rederived: again.evidence,
    });
  }
  return { flags, rederived: [...rederived] };
};
