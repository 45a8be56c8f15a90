import { foldEvents } from '@titrepro/domain-kernel';
import { referential } from '@titrepro/domain-referential';
import { rulebooks } from '@titrepro/domain-rulebook';
import { createEvaluationDecider, evaluationEvents, rederiveEvaluationTrace, type EvaluationDecisionEvent } from '@titrepro/domain-evaluation';
import type { RecordedEvent } from '@titrepro/event-store';
import type { ReplayFlag } from '../model';
import type { AuditedStore } from '../stores/audited-stores';
import type { ReplayReads } from './replay-reads';
import type { Rederivation } from './jury-rederivation';
import { eventsBefore } from './stream-before';
import { compareTraces } from './trace-comparison';

const keys = (items: readonly { readonly key: string }[]): string => items.map((item) => item.key).join(',');

/**
 * Re-derives an evaluation decision (ECF, CCP pair, evidence status) from the candidate's evaluation
 * stream as it stood before the event, under the rulebook the event recorded: the trace the decider
 * would have recorded (facts, verdicts, DSPP documents by hash) is compared with the recorded one;
 * for an evidence status, what the rules say the file holds and lacks too.
 */
export const rederiveEvaluationDecision = async (reads: ReplayReads, store: AuditedStore, recorded: RecordedEvent, event: EvaluationDecisionEvent): Promise<Rederivation> => {
  const { trace } = event.data;
  const rulebook = rulebooks.findRulebook(trace.rulebookId);
  if (!rulebook) return { rederived: [], unchecked: [{ ruleId: null, reason: `rulebook ${trace.rulebookId} is not known here` }], flags: [] };
  const before = await eventsBefore(reads, store, recorded, evaluationEvents);
  if (!before.ok) return { rederived: [], unchecked: [{ ruleId: null, reason: before.reason }], flags: [] };
  const state = foldEvents(createEvaluationDecider({ referential, rulebooks }), before.value);
  const again = rederiveEvaluationTrace(state, event, { rulebook, referential });
  const from = { fr: `du flux ${recorded.streamId} avant la révision ${recorded.revision} (${store.region}, evaluation)`, en: `of stream ${recorded.streamId} before revision ${recorded.revision} (${store.region}, evaluation)` };
  if (!again.ok) {
    const flag: ReplayFlag = {
      kind: 'facts-differ',
      ruleId: null,
      subject: null,
      message: { fr: `Le flux ne contient pas ce sur quoi la décision porte : ${again.error.message}`, en: `The stream does not hold what the decision is about: ${again.error.message}` },
      recorded: { pathwayId: event.data.pathwayId },
      rederived: again.error,
    };
    return { rederived: [], unchecked: [], flags: [flag] };
  }
  const compared = compareTraces(trace, again.value.trace, rulebook, from);
  const flags = [...compared.flags];
  const status = again.value.completeness;
  if (event.type === 'EvidenceCompletenessChanged' && status) {
    const { complete, present, missing } = event.data;
    if (complete !== status.complete || keys(present) !== keys(status.present) || keys(missing) !== keys(status.missing)) {
      flags.push({
        kind: 'verdict-differs',
        ruleId: trace.rules[0]?.ruleId ?? null,
        subject: null,
        message: {
          fr: `Les règles ne donnent pas l'état des pièces enregistré (${complete ? 'complet' : `manque ${keys(missing)}`}) sur les faits ${from.fr}`,
          en: `The rules do not give the evidence status recorded (${complete ? 'complete' : `missing ${keys(missing)}`}) on the facts ${from.en}`,
        },
        recorded: { complete, present: present.map((item) => item.key), missing: missing.map((item) => item.key) },
        rederived: { complete: status.complete, present: status.present.map((item) => item.key), missing: status.missing.map((item) => item.key) },
      });
    }
  }
  return { rederived: compared.rederived, unchecked: [], flags };
};
