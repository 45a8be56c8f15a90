import type { DecisionRectified, DeliberationRecorded } from '@titrepro/domain-jury';
import { rerunTrace, rulebooks } from '@titrepro/domain-rulebook';
import type { AuditedService } from '../config/audited-stores-config';
import type { CandidateReplay, Citation, DecisionReplay, ReplayFlag, Unchecked } from '../model';
import { auditedDecisionOf, readCandidateEvents } from '../history/candidate-history';
import { domainTraceOf } from '../history/decision-trace';
import { catalogueOf } from '../history/audited-event';
import type { AuditedEvent } from '../history/audited-event';
import type { AuditedStores } from '../stores/audited-stores';
import { isEvaluationDecision } from '@titrepro/domain-evaluation';
import { checkEvidence } from './evidence-citations';
import { rederiveEvaluationDecision } from './evaluation-rederivation';
import { rederiveJuryDecision, type Rederivation } from './jury-rederivation';
import { isParchmentIssued, rederiveParchment } from './issuance-rederivation';
import { isBookletIssued, rederiveBooklet } from './booklet-rederivation';
import { isRegistryDecision, rederiveRegistryDecision } from './registry-rederivation';
import { ReplayReads } from './replay-reads';

/**
 * Events that restate a decision taken elsewhere rather than decide: the juries' award events (the
 * sealed deliberation decided; `verify` matches each with it) and the jury's file, which records
 * other services' decisions as facts.
 */
const RESTATEMENTS = new Set(['TitleAwarded', 'CcpAwarded', 'CcsAwarded', 'TitleNotAwarded']);
const isRestatement = (each: AuditedEvent): boolean => (each.service === 'jury' && RESTATEMENTS.has(each.recorded.type)) || each.recorded.streamId.startsWith('jurycandidate-');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks that each cited stream revision and source event exists, where the audit reads that store. */
const checkCitations = async (reads: ReplayReads, cites: readonly Citation[], unchecked: Unchecked[]): Promise<ReplayFlag[]> => {
  const flags: ReplayFlag[] = [];
  for (const cite of cites) {
    if (cite.kind === 'evidence') continue; // checked by checkEvidence, in the evaluation stores
    const store = cite.service && cite.region ? reads.stores.find(cite.region, cite.service as AuditedService) : undefined;
    if (!store) {
      unchecked.push({ ruleId: null, reason: `${cite.kind} ${cite.id} lives in ${cite.region ?? '?'}'s ${cite.service ?? '?'} store, which this audit does not read` });
      continue;
    }
    if (cite.kind === 'stream') {
      if (!(await reads.revisionExists(store, cite.id, cite.revision ?? 0))) {
        flags.push({
          kind: 'missing-citation',
          ruleId: null,
          subject: null,
          message: { fr: `Le flux cité ${cite.id}@${cite.revision} n'existe pas (${cite.region}, ${cite.service})`, en: `The cited stream ${cite.id}@${cite.revision} does not exist (${cite.region}, ${cite.service})` },
          recorded: cite,
          rederived: null,
        });
      }
      continue;
    }
    // An integration event's id is its stored event's (`:n` when one event published several).
    const eventId = cite.id.replace(/:\d+$/, '');
    const found = UUID.test(eventId) ? await reads.eventExists(store, eventId) : false;
    if (!found) {
      flags.push({
        kind: 'missing-citation',
        ruleId: null,
        subject: null,
        message: { fr: `L'événement source cité ${cite.id} n'existe pas dans le magasin ${cite.service} de ${cite.region}`, en: `The cited source event ${cite.id} does not exist in ${cite.region}'s ${cite.service} store` },
        recorded: cite,
        rederived: null,
      });
    }
  }
  return flags;
};

/** The decision re-derived from the streams it cites, where the audit knows how and reads the store; null otherwise. */
const rederive = async (reads: ReplayReads, each: AuditedEvent): Promise<Rederivation | null> => {
  const store = reads.stores.find(each.region, each.service);
  if (!store || !each.event) return null;
  const event = each.event;
  if (each.service === 'jury' && (event.type === 'DeliberationRecorded' || event.type === 'DecisionRectified')) {
    return rederiveJuryDecision(reads, store, each.recorded, event as DeliberationRecorded | DecisionRectified);
  }
  if (each.service === 'evaluation' && isEvaluationDecision(event)) return rederiveEvaluationDecision(reads, store, each.recorded, event);
  if (each.service === 'candidate-registry' && isRegistryDecision(event)) return rederiveRegistryDecision(reads, store, each.recorded, event);
  if (each.service === 'document-issuance' && isParchmentIssued(event)) return rederiveParchment(reads, each.recorded, event);
  if (each.service === 'document-issuance' && isBookletIssued(event)) return rederiveBooklet(reads, store, each.recorded, event);
  return null;
};

/**
 * Replays one decision event: re-runs its recorded rules, checks its citations, re-derives its facts
 * where the audit knows how. `reads` is the replay's (one per candidate replay: each stream read once).
 */
export const replayDecision = async (reads: ReplayReads, each: AuditedEvent): Promise<DecisionReplay | null> => {
  const trace = auditedDecisionOf(each);
  if (!trace || isRestatement(each)) return null;
  const flags: ReplayFlag[] = [];
  const unchecked: Unchecked[] = [];
  const rederived: string[] = [];
  const base = {
    service: each.service,
    region: each.region,
    streamId: each.recorded.streamId,
    revision: each.recorded.revision,
    eventId: each.recorded.eventId,
    type: each.recorded.type,
    occurredAt: each.recorded.metadata.occurredAt,
    rulebookId: trace.rulebookId,
  };
  if (!each.event) {
    flags.push({ kind: 'unreadable', ruleId: null, subject: null, message: each.summary, recorded: null, rederived: null });
    return { ...base, status: 'flagged', rederived, rerun: [], unchecked, flags };
  }
  // 1. The recorded rules, re-run on their recorded facts under the recorded rulebook.
  const withFacts = trace.rules.filter((rule) => rule.factsKnown);
  if (!rulebooks.findRulebook(trace.rulebookId)) {
    flags.push({ kind: 'unknown-rulebook', ruleId: null, subject: null, message: { fr: `Le référentiel de règles ${trace.rulebookId} est inconnu ici`, en: `Rulebook ${trace.rulebookId} is not known here` }, recorded: trace.rulebookId, rederived: null });
  } else {
    const domainTrace = domainTraceOf(catalogueOf(each.service, each.recorded.streamId), each.event);
    const report = domainTrace ? rerunTrace(domainTrace, rulebooks) : null;
    for (const rule of report?.rules ?? []) {
      if (rule.agreement !== 'disagrees') continue;
      flags.push({
        kind: 'verdict-differs',
        ruleId: rule.ruleId,
        subject: rule.subject,
        message: {
          fr: `${rule.ruleId} ne donne pas le verdict enregistré sur les faits enregistrés (${rule.recorded?.passed ? 'satisfaite' : 'non satisfaite'} enregistrée, ${rule.rerun === null ? 'faits illisibles' : rule.rerun.passed ? 'satisfaite' : 'non satisfaite'} au nouveau calcul)`,
          en: `${rule.ruleId} does not give the recorded verdict on the recorded facts (recorded ${rule.recorded?.passed ? 'passed' : 'failed'}, re-run ${rule.rerun === null ? 'on facts it cannot read' : rule.rerun.passed ? 'passed' : 'failed'})`,
        },
        recorded: rule.recorded,
        rederived: rule.rerun,
      });
    }
  }
  // 2. What it cites exists.
  const juryDecision = each.service === 'jury' && (each.recorded.type === 'DeliberationRecorded' || each.recorded.type === 'DecisionRectified');
  // A jury decision's file version is checked with its re-derivation, below.
  flags.push(...(await checkCitations(reads, trace.cites.filter((cite) => !(juryDecision && cite.kind === 'stream')), unchecked)));
  flags.push(...(await checkEvidence(reads, each, trace.cites, unchecked)));
  // 3. Its facts, re-derived from the cited streams (its own stream before it included).
  const again = await rederive(reads, each);
  if (again) {
    flags.push(...again.flags);
    unchecked.push(...again.unchecked);
    rederived.push(...again.rederived);
  } else {
    for (const rule of withFacts) unchecked.push({ ruleId: rule.ruleId, reason: `no re-derivation from the cited streams for ${each.recorded.type}: re-run on its recorded facts only` });
    for (const rule of trace.rules.filter((rule) => !rule.factsKnown)) unchecked.push({ ruleId: rule.ruleId, reason: `${each.recorded.type} recorded no facts for this rule and has no re-derivation` });
  }
  const status = flags.length > 0 ? 'flagged' : unchecked.length > 0 ? 'partial' : 'consistent';
  return { ...base, status, rederived, rerun: withFacts.map((rule) => rule.ruleId), unchecked, flags };
};

/** `audit replay`: every decision about the candidate, in every service and region, replayed. */
export const candidateReplay = async (stores: AuditedStores, candidateId: string, options: { readonly now?: Date } = {}): Promise<CandidateReplay> => {
  const started = performance.now();
  const { events } = await readCandidateEvents(stores, candidateId);
  const reads = new ReplayReads(stores);
  const decisions: DecisionReplay[] = [];
  for (const each of events) {
    const replayed = await replayDecision(reads, each);
    if (replayed) decisions.push(replayed);
  }
  const flagged = decisions.filter((each) => each.status === 'flagged').length;
  return { candidateId, generatedAt: (options.now ?? new Date()).toISOString(), decisions, flagged, ok: flagged === 0, elapsedMs: Math.round(performance.now() - started) };
};
