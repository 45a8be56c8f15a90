import type { DomainEvent, EventCatalogue } from '@titrepro/domain-kernel';
import { areFactsUnknown, FACTS_UNKNOWN, type DecisionTrace as DomainDecisionTrace } from '@titrepro/domain-rulebook';
import type { RecordedEvent } from '@titrepro/event-store';
import type { AuditedService } from '../config/audited-stores-config';
import type { Citation, DecisionTrace, RuleTrace } from '../model';

interface Application {
  readonly ruleId: string;
  readonly subject?: string | null;
  readonly facts?: unknown;
  readonly passed?: boolean;
  readonly explanation?: { fr: string; en: string };
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const arrayOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * The rules a decision event records, in whichever shape its service stored them: `ruleApplications`
 * (rule, facts, verdict: jury, issuance, and every service once traces are one shape), `ruleOutcomes`
 * (verdict without facts: the registry's older events) or the rule ids alone (evaluation's older events).
 */
const rulesOf = (data: Record<string, unknown>, metadata: RecordedEvent['metadata']): RuleTrace[] => {
  const trace = isObject(data['trace']) ? data['trace'] : undefined;
  const applications = arrayOf(trace?.['ruleApplications'] ?? trace?.['rules'] ?? data['ruleApplications']) as Application[];
  if (applications.length > 0 || Array.isArray(data['ruleApplications'])) {
    return applications.map((each) => ({
      ruleId: each.ruleId,
      subject: each.subject ?? null,
      factsKnown: each.facts !== undefined && each.facts !== null,
      facts: each.facts ?? null,
      passed: typeof each.passed === 'boolean' ? each.passed : null,
      explanation: each.explanation ?? null,
    }));
  }
  const outcomes = arrayOf(data['ruleOutcomes']) as Application[];
  if (outcomes.length > 0) {
    return outcomes.map((each) => ({ ruleId: each.ruleId, subject: null, factsKnown: false, facts: null, passed: typeof each.passed === 'boolean' ? each.passed : null, explanation: each.explanation ?? null }));
  }
  const ruleIds = arrayOf(data['ruleIds']).length > 0 ? arrayOf(data['ruleIds']) : [...(metadata.ruleIds ?? [])];
  return ruleIds.filter((id): id is string => typeof id === 'string').map((ruleId) => ({ ruleId, subject: null, factsKnown: false, facts: null, passed: null, explanation: null }));
};

/** What the decision says it read: the jury's file version, the evidence by id and hash, the integration events its facts came from. */
const citesOf = (service: AuditedService, region: string, data: Record<string, unknown>): Citation[] => {
  const cites: Citation[] = [];
  const fileRef = data['fileRef'];
  if (isObject(fileRef) && typeof fileRef['streamId'] === 'string' && typeof fileRef['revision'] === 'number') {
    cites.push({ kind: 'stream', service, region, id: fileRef['streamId'], revision: fileRef['revision'], sha256s: [] });
  }
  const trace = isObject(data['trace']) ? data['trace'] : undefined;
  for (const read of arrayOf(trace?.['reads'] ?? trace?.['streams'])) {
    if (isObject(read) && typeof read['streamId'] === 'string') {
      cites.push({ kind: 'stream', service: (text(read['service']) as AuditedService | null) ?? service, region: text(read['region']) ?? region, id: read['streamId'], revision: typeof read['revision'] === 'number' ? read['revision'] : null, sha256s: [] });
    }
  }
  for (const item of arrayOf(trace?.['evidence'])) {
    if (isObject(item) && typeof item['id'] === 'string') {
      const hash = text(item['hash']) ?? text(item['sha256']);
      cites.push({ kind: 'evidence', service: 'evaluation', region: text(item['region']), id: item['id'], revision: null, sha256s: hash ? [hash] : [] });
    }
  }
  const evidence = data['evidence'];
  if (isObject(evidence)) {
    const status = evidence['status'];
    if (isObject(status) && isObject(status['source']) && typeof status['source']['eventId'] === 'string') {
      cites.push({ kind: 'source-event', service: 'evaluation', region: text(status['source']['region']), id: status['source']['eventId'], revision: null, sha256s: [] });
    }
    for (const record of arrayOf(evidence['records'])) {
      if (!isObject(record) || typeof record['referenceId'] !== 'string') continue;
      const source = isObject(record['source']) ? record['source'] : {};
      cites.push({
        kind: 'evidence',
        service: 'evaluation',
        region: text(source['region']),
        id: record['referenceId'],
        revision: null,
        sha256s: arrayOf(record['sha256s']).filter((each): each is string => typeof each === 'string'),
      });
    }
  }
  return cites;
};

/** The decision trace of a recorded event, or null when it decided nothing under a rulebook. */
export const decisionTraceOf = (service: AuditedService, region: string, recorded: RecordedEvent): DecisionTrace | null => {
  const data = isObject(recorded.data) ? recorded.data : {};
  const trace = isObject(data['trace']) ? data['trace'] : undefined;
  const rulebookId = text(trace?.['rulebookId']) ?? text(data['rulebookId']) ?? recorded.metadata.rulebookId ?? null;
  if (!rulebookId) return null;
  const rules = rulesOf(data, recorded.metadata);
  // Award events restate a decision's rule ids; the decision itself is the deliberation (and the issuance).
  return { rulebookId, rules, cites: citesOf(service, region, data) };
};

/** How the services name themselves in a trace's `reads` (domain names), as the audit names their stores. */
const SERVICE_OF_TRACE: Readonly<Record<string, AuditedService>> = {
  registry: 'candidate-registry',
  'candidate-registry': 'candidate-registry',
  evaluation: 'evaluation',
  jury: 'jury',
  issuance: 'document-issuance',
  'document-issuance': 'document-issuance',
};

/**
 * The full trace of a decision event, as its descriptor gives it (upcast events included), if it is
 * one. A rule the descriptor gives by its id alone (the evaluation's ECF and completeness events
 * record rule ids, not facts) has FACTS_UNKNOWN: re-running it is not possible, which is not a
 * verdict that differs.
 */
export const domainTraceOf = (events: EventCatalogue<DomainEvent> | undefined, event: DomainEvent | null): DomainDecisionTrace | null => {
  if (!events || !event) return null;
  const trace = events.traceOf(event) as Partial<DomainDecisionTrace> | undefined;
  if (!trace || typeof trace.rulebookId !== 'string') return null;
  const rules = (trace.rules ?? []).map((rule) => (rule.facts === undefined ? { ...rule, facts: FACTS_UNKNOWN } : rule));
  return { rulebookId: trace.rulebookId, rules, evidence: trace.evidence ?? [], reads: trace.reads ?? [] };
};

/**
 * The decision trace of a readable event, from the one trace every service records (domain-rulebook's
 * DecisionTrace, through the event's descriptor): rules with facts (or FACTS_UNKNOWN for an older
 * event), the evidence by id and hash, the streams read; plus the integration events a jury's facts
 * came from, which the audit checks too.
 */
export const decisionTraceFromDomain = (service: AuditedService, region: string, recorded: RecordedEvent, trace: DomainDecisionTrace): DecisionTrace => {
  const rules: RuleTrace[] = trace.rules.map((rule) => {
    const known = 'facts' in rule && rule.facts !== undefined && !areFactsUnknown(rule.facts);
    return {
      ruleId: rule.ruleId,
      subject: rule.subject ?? null,
      factsKnown: known,
      facts: known ? rule.facts : null,
      passed: typeof rule.passed === 'boolean' ? rule.passed : null,
      explanation: rule.explanation ?? null,
    };
  });
  const cites: Citation[] = [
    ...trace.reads.map((read): Citation => ({
      kind: 'stream',
      service: read.service ? (SERVICE_OF_TRACE[read.service] ?? null) : service,
      region: read.region ?? region,
      id: read.streamId,
      revision: read.revision,
      sha256s: [],
    })),
    ...trace.evidence.map((item): Citation => ({ kind: 'evidence', service: null, region: null, id: item.id, revision: null, sha256s: [item.sha256] })),
    ...citesOf(service, region, isObject(recorded.data) ? recorded.data : {}).filter((cite) => cite.kind === 'source-event'),
  ];
  return { rulebookId: trace.rulebookId, rules, cites };
};
