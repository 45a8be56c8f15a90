import type { CandidateHistory, HistoryEntry, HistorySource } from '../model';
import type { AuditedStores } from '../stores/audited-stores';
import { candidateEventsIn, catalogueOf, type AuditedEvent } from './audited-event';
import { candidateStateOf } from './candidate-state';
import { decisionTraceFromDomain, decisionTraceOf, domainTraceOf } from './decision-trace';

/** `--as-of 2026-03-01` covers that whole day (UTC); a full instant is taken as is. */
export const asOfInstant = (asOf: string): string => {
  const instant = /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? `${asOf}T23:59:59.999Z` : asOf;
  if (Number.isNaN(Date.parse(instant))) throw new RangeError(`as-of date ${JSON.stringify(asOf)} is not a date (YYYY-MM-DD or an ISO-8601 instant)`);
  return new Date(instant).toISOString();
};

/** The order of the history: when it happened, then a stable order between stores and in streams. */
export const byOccurrence = (a: AuditedEvent, b: AuditedEvent): number =>
  Date.parse(a.recorded.metadata.occurredAt) - Date.parse(b.recorded.metadata.occurredAt) ||
  a.region.localeCompare(b.region) ||
  a.service.localeCompare(b.service) ||
  a.recorded.streamId.localeCompare(b.recorded.streamId) ||
  a.recorded.revision - b.recorded.revision;

export interface CandidateEvents {
  readonly events: AuditedEvent[];
  readonly sources: HistorySource[];
}

/** Every event about the candidate in every store (up to `asOf`), in the history's order. */
export const readCandidateEvents = async (stores: AuditedStores, candidateId: string, asOf: string | null = null): Promise<CandidateEvents> => {
  const until = asOf ? Date.parse(asOfInstant(asOf)) : Number.POSITIVE_INFINITY;
  const sources: HistorySource[] = [];
  const events: AuditedEvent[] = [];
  for (const store of stores.all) {
    try {
      const found = (await candidateEventsIn(store, candidateId)).filter((each) => Date.parse(each.recorded.metadata.occurredAt) <= until);
      events.push(...found);
      sources.push({ region: store.region, service: store.service, read: true, error: null, events: found.length });
    } catch (error) {
      sources.push({ region: store.region, service: store.service, read: false, error: (error as Error).message, events: 0 });
    }
  }
  return { events: events.sort(byOccurrence), sources };
};

export const historyEntryOf = (each: AuditedEvent): HistoryEntry => {
  const { recorded } = each;
  return {
    service: each.service,
    region: each.region,
    streamId: recorded.streamId,
    revision: recorded.revision,
    globalPosition: recorded.globalPosition,
    eventId: recorded.eventId,
    type: recorded.type,
    schemaVersion: recorded.storedSchemaVersion,
    occurredAt: recorded.metadata.occurredAt,
    recordedAt: recorded.recordedAt.toISOString(),
    actor: { subject: recorded.metadata.actor.subject, role: recorded.metadata.actor.role },
    recordedIn: recorded.metadata.region,
    summary: each.summary,
    hash: recorded.hash,
    decision: auditedDecisionOf(each),
  };
};

/** A decision event's trace: the one its descriptor gives, else (unreadable) what its stored data holds. */
export const auditedDecisionOf = (each: AuditedEvent) => {
  const trace = domainTraceOf(catalogueOf(each.service, each.recorded.streamId), each.event);
  return trace ? decisionTraceFromDomain(each.service, each.region, each.recorded, trace) : each.event ? null : decisionTraceOf(each.service, each.region, each.recorded);
};

/** `audit history`: the candidate's whole history across services and regions, and their state, as they stood at `asOf`. */
export const candidateHistory = async (stores: AuditedStores, candidateId: string, options: { readonly asOf?: string | null; readonly now?: Date } = {}): Promise<CandidateHistory> => {
  const asOf = options.asOf ?? null;
  const { events, sources } = await readCandidateEvents(stores, candidateId, asOf);
  return {
    candidateId,
    asOf: asOf ? asOfInstant(asOf) : null,
    generatedAt: (options.now ?? new Date()).toISOString(),
    sources,
    entries: events.map(historyEntryOf),
    state: candidateStateOf(events),
  };
};
