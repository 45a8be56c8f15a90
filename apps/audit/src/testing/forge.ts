import { eventHash, GENESIS_HASH } from '@titrepro/event-store';
import { Client } from 'pg';
import { randomUUID } from 'node:crypto';

/** What a forger appends by SQL to a stream, behind the service's back. */
export interface Forgery {
  readonly databaseUrl: string;
  readonly streamId: string;
  readonly type: string;
  readonly data: Record<string, unknown>;
  readonly metadata: Record<string, unknown>;
  /** Recompute the hash chain so that `verify` passes (default), or leave a wrong hash. */
  readonly recomputeChain?: boolean;
}

/** Inserts one event at the end of the stream, straight into `event_store.events`; returns its revision and id. */
export const forgeEvent = async (forgery: Forgery): Promise<{ revision: number; eventId: string }> => {
  const client = new Client({ connectionString: forgery.databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ revision: string; hash: string }>(`SELECT revision, hash FROM event_store.events WHERE stream_id = $1 ORDER BY revision DESC LIMIT 1`, [forgery.streamId]);
    const revision = rows[0] ? Number(rows[0].revision) + 1 : 0;
    const prevHash = rows[0]?.hash ?? GENESIS_HASH;
    const eventId = randomUUID();
    const content = { streamId: forgery.streamId, revision, eventId, type: forgery.type, schemaVersion: 1, data: forgery.data, metadata: forgery.metadata };
    const hash = forgery.recomputeChain === false ? prevHash : eventHash(prevHash, content);
    await client.query(
      `INSERT INTO event_store.events (stream_id, revision, event_id, type, schema_version, data, metadata, prev_hash, hash) VALUES ($1, $2, $3, $4, 1, $5, $6, $7, $8)`,
      [forgery.streamId, revision, eventId, forgery.type, JSON.stringify(forgery.data), JSON.stringify(forgery.metadata), prevHash, hash],
    );
    return { revision, eventId };
  } finally {
    await client.end();
  }
};
