import { PostgresEventStore, type RecordedEvent } from '@titrepro/event-store';
import { Pool } from 'pg';
import type { AuditedService, AuditedStoreConfig } from '../config/audited-stores-config';

/** One service's event store in one region, opened for reading only. */
export interface AuditedStore {
  readonly region: string;
  readonly service: AuditedService;
  /** The store's port, for its reads (personal fields read as REDACTED: the audit holds no key). */
  readonly store: PostgresEventStore;
  /** The same pool, for the audit's own SELECTs on the store's tables. */
  readonly pool: Pool;
  /** `"schema".` prefix of the store's tables. */
  readonly q: string;
}

/**
 * The event stores of every service of every region the audit is configured for. Every connection
 * is read-only twice over: the role `infra/postgres` creates for the audit has only SELECT, and each
 * session starts with `default_transaction_read_only`. Nothing migrates, nothing notifies.
 */
export class AuditedStores {
  private constructor(readonly all: readonly AuditedStore[]) {}

  static async open(configs: readonly AuditedStoreConfig[], options: { readonly applicationName?: string; readonly maxConnections?: number } = {}): Promise<AuditedStores> {
    const opened: AuditedStore[] = [];
    for (const config of configs) {
      const pool = new Pool({
        connectionString: config.url,
        max: options.maxConnections ?? 2,
        application_name: `${options.applicationName ?? 'audit'}/${config.region}/${config.service}`,
        options: '-c default_transaction_read_only=on',
        connectionTimeoutMillis: 10_000,
      });
      pool.on('error', () => undefined);
      pool.on('connect', (client) => client.on('error', () => undefined));
      const schema = config.schema ?? 'event_store';
      const store = await PostgresEventStore.create({ pool, schema, migrate: false, notify: false });
      opened.push({ region: config.region, service: config.service, store, pool, q: `"${schema}".` });
    }
    return new AuditedStores(opened);
  }

  /** The store of `service` in `region`, if the audit reads it. */
  find(region: string, service: AuditedService): AuditedStore | undefined {
    return this.all.find((each) => each.region === region && each.service === service);
  }

  of(service: AuditedService): AuditedStore[] {
    return this.all.filter((each) => each.service === service);
  }

  where(filter: { readonly region?: string | null; readonly service?: AuditedService | null }): AuditedStore[] {
    return this.all.filter((each) => (!filter.region || each.region === filter.region) && (!filter.service || each.service === filter.service));
  }

  async close(): Promise<void> {
    for (const each of this.all) {
      await each.store.close();
      await each.pool.end();
    }
  }
}

/** The stream's events up to and including `revision` (all of them without one). */
export const readStreamUpTo = async (store: AuditedStore, streamId: string, revision?: number): Promise<RecordedEvent[]> => {
  const events = await store.store.readStream(streamId);
  return revision === undefined ? events : events.filter((event) => event.revision <= revision);
};

/** Stream ids of a category whose events name the candidate in `data.candidateId` (sessions hold several candidates). */
export const streamsNamingCandidate = async (store: AuditedStore, category: string, candidateId: string): Promise<string[]> => {
  const { rows } = await store.pool.query<{ stream_id: string }>({
    text: `SELECT DISTINCT stream_id FROM ${store.q}events WHERE category = $1 AND data->>'candidateId' = $2`,
    values: [category, candidateId],
  });
  return rows.map((row) => row.stream_id).sort();
};
