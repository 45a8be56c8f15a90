import type { DomainEvent, EventCatalogue } from '@titrepro/domain-kernel';
import type { RecordedEvent } from '@titrepro/event-store';
import type { AuditedStore, AuditedStores } from '../stores/audited-stores';

/** One DSPP submission of a candidate's evaluation stream, as the evidence checks read it. */
export interface DsppSubmission {
  readonly revision: number;
  readonly submissionId: string | null;
  readonly documents: readonly { readonly documentId?: unknown; readonly sha256?: unknown }[];
}

type Read<Event> = { readonly ok: true; readonly value: Event } | { readonly ok: false; readonly error: { readonly message: string } };

/**
 * What one replay reads from the stores, each thing once: a candidate's replay asks for the same
 * streams, citations and DSPP submissions decision after decision (each registry or evaluation
 * decision re-derives from its own stream before it), and every read is a round trip to PostgreSQL.
 * Lives as long as one replay, so it never answers with anything older than that replay.
 */
export class ReplayReads {
  private readonly streams = new Map<string, Promise<RecordedEvent[]>>();
  private readonly parsed = new Map<EventCatalogue<DomainEvent>, Map<string, Promise<Read<DomainEvent>[]>>>();
  private readonly existing = new Map<string, Promise<boolean>>();
  private readonly submissions = new Map<string, Promise<DsppSubmission[]>>();

  constructor(readonly stores: AuditedStores) {}

  /** The stream as the store's port reads it (personal fields redacted). */
  stream(store: AuditedStore, streamId: string): Promise<RecordedEvent[]> {
    return once(this.streams, keyOf(store, streamId), () => store.store.readStream(streamId));
  }

  /** The stream's events read with a catalogue's descriptors (upcast), in stream order. */
  read<Event extends DomainEvent>(store: AuditedStore, streamId: string, catalogue: EventCatalogue<Event>): Promise<Read<Event>[]> {
    const byCatalogue = this.parsed.get(catalogue as unknown as EventCatalogue<DomainEvent>) ?? new Map<string, Promise<Read<DomainEvent>[]>>();
    this.parsed.set(catalogue as unknown as EventCatalogue<DomainEvent>, byCatalogue);
    return once(byCatalogue, keyOf(store, streamId), async () => (await this.stream(store, streamId)).map((each) => catalogue.read(each))) as Promise<Read<Event>[]>;
  }

  /** Whether the store holds that stream revision (a revision a truncation hides from reads still counts). */
  async revisionExists(store: AuditedStore, streamId: string, revision: number): Promise<boolean> {
    const read = this.streams.get(keyOf(store, streamId));
    if (read && (await read).some((each) => each.revision === revision)) return true;
    return once(this.existing, `${keyOf(store, streamId)}@${revision}`, async () => {
      const { rows } = await store.pool.query<{ found: boolean }>({
        text: `SELECT EXISTS (SELECT 1 FROM ${store.q}events WHERE stream_id = $1 AND revision = $2) AS found`,
        values: [streamId, revision],
      });
      return rows[0]?.found === true;
    });
  }

  /** Whether the store holds an event with that id. */
  eventExists(store: AuditedStore, eventId: string): Promise<boolean> {
    return once(this.existing, `${keyOf(store, '')}#${eventId}`, async () => {
      const { rows } = await store.pool.query<{ found: boolean }>({ text: `SELECT EXISTS (SELECT 1 FROM ${store.q}events WHERE event_id = $1) AS found`, values: [eventId] });
      return rows[0]?.found === true;
    });
  }

  /** The DSPP submissions of the candidate's evaluation stream in that store, in one query. */
  dsppSubmissions(store: AuditedStore, candidateId: string): Promise<DsppSubmission[]> {
    return once(this.submissions, keyOf(store, candidateId), async () => {
      const { rows } = await store.pool.query<{ revision: string; submission_id: string | null; documents: unknown }>({
        text: `SELECT revision, data->>'submissionId' AS submission_id, data->'documents' AS documents FROM ${store.q}events
                WHERE stream_id = $1 AND type = 'DsppSubmitted' ORDER BY revision`,
        values: [`evaluation-${candidateId}`],
      });
      return rows.map((row) => ({
        revision: Number(row.revision),
        submissionId: row.submission_id,
        documents: Array.isArray(row.documents) ? (row.documents as unknown[]).filter(isObject) : [],
      }));
    });
  }
}

const keyOf = (store: AuditedStore, id: string): string => `${store.region}/${store.service}/${id}`;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The cached promise, or the one `load` starts; a failed load is forgotten so the next asker tries again. */
const once = <Value>(cache: Map<string, Promise<Value>>, key: string, load: () => Promise<Value>): Promise<Value> => {
  const cached = cache.get(key);
  if (cached) return cached;
  const loading = load();
  cache.set(key, loading);
  loading.catch(() => cache.delete(key));
  return loading;
};
