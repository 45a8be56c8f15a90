import { eventHash, GENESIS_HASH } from '../integrity/event-hash';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

/** One row of `event_store.events`, as a forger reads and writes it. */
export interface StoredEvent {
  readonly streamId: string;
  readonly revision: number;
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: Record<string, unknown>;
  readonly metadata: Record<string, unknown>;
}

/** What a forger appends by SQL at the end of a stream, behind the service's back. */
export interface ForgedEvent {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: Record<string, unknown>;
  readonly metadata: Record<string, unknown>;
}

/**
 * A forger with write access to one service's database (the owner's role, which the audit never
 * has): reads events, and inserts new ones straight into `event_store.events`, with the hash chain
 * recomputed (what `verify` then accepts) or not (each forged event then carries its predecessor's hash).
 */
export class SqlForger {
  private constructor(private readonly client: Client) {}

  static async connect(databaseUrl: string): Promise<SqlForger> {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    return new SqlForger(client);
  }

  async events(where: string, parameters: readonly unknown[]): Promise<StoredEvent[]> {
    const { rows } = await this.client.query<{ stream_id: string; revision: string; event_id: string; type: string; schema_version: number; data: Record<string, unknown>; metadata: Record<string, unknown> }>(
      `SELECT stream_id, revision, event_id, type, schema_version, data, metadata FROM event_store.events WHERE ${where} ORDER BY stream_id, revision`,
      [...parameters],
    );
    return rows.map((row) => ({ streamId: row.stream_id, revision: Number(row.revision), eventId: row.event_id, type: row.type, schemaVersion: row.schema_version, data: row.data, metadata: row.metadata }));
  }

  /** Appends the events at the end of the stream; returns each one's revision and id. */
  async append(streamId: string, forged: readonly ForgedEvent[], options: { readonly recomputeChain: boolean }): Promise<{ revision: number; eventId: string }[]> {
    const { rows } = await this.client.query<{ revision: string; hash: string }>(`SELECT revision, hash FROM event_store.events WHERE stream_id = $1 ORDER BY revision DESC LIMIT 1`, [streamId]);
    let revision = rows[0] ? Number(rows[0].revision) + 1 : 0;
    let prevHash = rows[0]?.hash ?? GENESIS_HASH;
    const appended: { revision: number; eventId: string }[] = [];
    for (const event of forged) {
      const eventId = randomUUID();
      const hash = options.recomputeChain ? eventHash(prevHash, { streamId, revision, eventId, type: event.type, schemaVersion: event.schemaVersion, data: event.data, metadata: event.metadata }) : prevHash;
      await this.client.query(
        `INSERT INTO event_store.events (stream_id, revision, event_id, type, schema_version, data, metadata, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [streamId, revision, eventId, event.type, event.schemaVersion, JSON.stringify(event.data), JSON.stringify(event.metadata), prevHash, hash],
      );
      appended.push({ revision, eventId });
      prevHash = hash;
      revision += 1;
    }
    return appended;
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}
