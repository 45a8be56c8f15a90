import type { DomainEvent, EventCatalogue, Explanation } from '@titrepro/domain-kernel';
import { candidateEvents } from '@titrepro/domain-registry';
import { evaluationEvents } from '@titrepro/domain-evaluation';
import { candidateFileEvents, sessionEvents } from '@titrepro/domain-jury';
import { documentsEvents } from '@titrepro/domain-issuance';
import type { RecordedEvent } from '@titrepro/event-store';
import type { AuditedService } from '../config/audited-stores-config';
import { streamsNamingCandidate, type AuditedStore } from '../stores/audited-stores';

/** A recorded event of some store, read with its stream's descriptors (or why it could not be). */
export interface AuditedEvent {
  readonly service: AuditedService;
  readonly region: string;
  readonly recorded: RecordedEvent;
  /** The domain event, upcast and validated; null when unreadable. */
  readonly event: DomainEvent | null;
  readonly unreadable: string | null;
  readonly summary: Explanation;
}

type AnyCatalogue = EventCatalogue<DomainEvent>;

/** Each service's streams of one candidate, by category, with the catalogue that reads them. */
const CANDIDATE_STREAMS: Readonly<Record<AuditedService, readonly { readonly category: string; readonly events: AnyCatalogue; readonly shared: boolean }[]>> = {
  'candidate-registry': [{ category: 'candidate', events: candidateEvents as unknown as AnyCatalogue, shared: false }],
  evaluation: [{ category: 'evaluation', events: evaluationEvents as unknown as AnyCatalogue, shared: false }],
  jury: [
    { category: 'jurycandidate', events: candidateFileEvents as unknown as AnyCatalogue, shared: false },
    // A session holds several candidates: its events naming this one, and the sealing of its minutes.
    { category: 'jurysession', events: sessionEvents as unknown as AnyCatalogue, shared: true },
  ],
  'document-issuance': [{ category: 'documents', events: documentsEvents as unknown as AnyCatalogue, shared: false }],
};

/** The catalogue reading a stream of `service`, by its category. */
export const catalogueOf = (service: AuditedService, streamId: string): AnyCatalogue | undefined =>
  CANDIDATE_STREAMS[service].find((each) => streamId.startsWith(`${each.category}-`))?.events;

export const auditedEventOf = (store: Pick<AuditedStore, 'service' | 'region'>, recorded: RecordedEvent): AuditedEvent => {
  const events = catalogueOf(store.service, recorded.streamId);
  const read = events ? events.read(recorded) : ({ ok: false, error: { message: `no descriptors for stream ${recorded.streamId}` } } as const);
  if (events && read.ok) return { service: store.service, region: store.region, recorded, event: read.value, unreadable: null, summary: events.describe(read.value) };
  const message = read.ok ? 'unreadable' : read.error.message;
  return {
    service: store.service,
    region: store.region,
    recorded,
    event: null,
    unreadable: message,
    summary: { fr: `Événement ${recorded.type} illisible : ${message}`, en: `Unreadable ${recorded.type} event: ${message}` },
  };
};

/** Whether a session event concerns the candidate: it names them, or seals minutes deciding for them. */
const concerns = (recorded: RecordedEvent, candidateId: string): boolean => {
  const data = recorded.data as { candidateId?: unknown; decisions?: readonly { candidateId?: unknown }[] };
  if (data.candidateId === candidateId) return true;
  return recorded.type === 'MinutesSealed' && Array.isArray(data.decisions) && data.decisions.some((decision) => decision.candidateId === candidateId);
};

/** Every event of one store about the candidate: their own streams, and the sessions that decided for them. */
export const candidateEventsIn = async (store: AuditedStore, candidateId: string): Promise<AuditedEvent[]> => {
  const found: AuditedEvent[] = [];
  for (const { category, shared } of CANDIDATE_STREAMS[store.service]) {
    const streamIds = shared ? await streamsNamingCandidate(store, category, candidateId) : [`${category}-${candidateId}`];
    for (const streamId of streamIds) {
      for (const recorded of await store.store.readStream(streamId)) {
        if (shared && !concerns(recorded, candidateId)) continue;
        found.push(auditedEventOf(store, recorded));
      }
    }
  }
  return found;
};
