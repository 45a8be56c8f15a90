import { foldEvents } from '@titrepro/domain-kernel';
import { applyRule, decisionTrace, rulebooks, type AppliedRule } from '@titrepro/domain-rulebook';
import { candidateEvents, evolveCandidate, initialCandidateState, type CandidateEvent, type CandidateState } from '@titrepro/domain-registry';
import type { RecordedEvent } from '@titrepro/event-store';
import type { ReplayFlag } from '../model';
import type { AuditedStore } from '../stores/audited-stores';
import type { ReplayReads } from './replay-reads';
import type { Rederivation } from './jury-rederivation';
import { eventsBefore } from './stream-before';
import { compareTraces } from './trace-comparison';

/** The registry's decision events, whose facts the audit re-derives from the candidate's stream. */
export type RegistryDecisionEvent = Extract<CandidateEvent, { type: 'VaeAdmissibilityDecided' | 'PathwayOpened' }>;

export const isRegistryDecision = (event: { readonly type: string }): event is RegistryDecisionEvent => event.type === 'VaeAdmissibilityDecided' || event.type === 'PathwayOpened';

const pathwaysOf = (state: CandidateState) => ('pathways' in state ? state.pathways : []);

/**
 * Re-derives a registry decision from the candidate's stream as it stood before it, under the
 * rulebook it recorded: VAE admissibility (VAE-EXPERIENCE on the periods of the pending request,
 * counted to the decision day) and pathway opening (PATHWAY on the pathways then open). The facts
 * are compared with the recorded ones; an outcome the rule refuses on them is flagged with the rule.
 */
export const rederiveRegistryDecision = async (reads: ReplayReads, store: AuditedStore, recorded: RecordedEvent, event: RegistryDecisionEvent): Promise<Rederivation> => {
  const { trace } = event.data;
  const rulebook = rulebooks.findRulebook(trace.rulebookId);
  if (!rulebook) return { rederived: [], unchecked: [{ ruleId: null, reason: `rulebook ${trace.rulebookId} is not known here` }], flags: [] };
  const before = await eventsBefore(reads, store, recorded, candidateEvents);
  if (!before.ok) return { rederived: [], unchecked: [{ ruleId: null, reason: before.reason }], flags: [] };
  const state = foldEvents({ initialState: initialCandidateState, evolve: evolveCandidate }, before.value);
  const from = { fr: `du flux ${recorded.streamId} avant la révision ${recorded.revision} (${store.region}, registre)`, en: `of stream ${recorded.streamId} before revision ${recorded.revision} (${store.region}, registry)` };
  const flags: ReplayFlag[] = [];
  let applied: AppliedRule;
  if (event.type === 'VaeAdmissibilityDecided') {
    const admissibility = pathwaysOf(state).find((pathway) => pathway.pathwayId === event.data.pathwayId)?.vaeAdmissibility;
    if (admissibility?.status !== 'requested') {
      const message = { fr: `Aucun dossier de recevabilité n'était en attente sur le parcours ${event.data.pathwayId} ${from.fr}`, en: `No dossier de recevabilité was pending on pathway ${event.data.pathwayId} ${from.en}` };
      return { rederived: [], unchecked: [], flags: [{ kind: 'facts-differ', ruleId: 'VAE-EXPERIENCE', subject: null, message, recorded: event.data.pathwayId, rederived: admissibility ?? null }] };
    }
    applied = applyRule(rulebook, 'VAE-EXPERIENCE', { periods: admissibility.periods, on: event.data.decidedOn });
    if (event.data.outcome === 'admissible' && !applied.outcome.passed) flags.push(refusal('VAE-EXPERIENCE', applied, from));
  } else {
    const openPathways = pathwaysOf(state)
      .filter((pathway) => pathway.status === 'open')
      .map((pathway) => ({ pathwayId: pathway.pathwayId, titleCode: pathway.titleCode, type: pathway.type }));
    applied = applyRule(rulebook, 'PATHWAY', { titleCode: event.data.titleCode, requestedType: event.data.pathwayType, openPathways });
    if (!applied.outcome.passed) flags.push(refusal('PATHWAY', applied, from));
  }
  const compared = compareTraces(trace, decisionTrace(rulebook, [applied]), rulebook, from);
  return { rederived: compared.rederived, unchecked: [], flags: [...flags, ...compared.flags] };
};

const refusal = (ruleId: string, applied: AppliedRule, from: { fr: string; en: string }): ReplayFlag => ({
  kind: 'rule-refuses',
  ruleId,
  subject: null,
  message: {
    fr: `Sur les faits ${from.fr}, ${ruleId} refuse cette décision : ${applied.outcome.explanation.fr}`,
    en: `On the facts ${from.en}, ${ruleId} refuses this decision: ${applied.outcome.explanation.en}`,
  },
  recorded: null,
  rederived: applied.application,
});
