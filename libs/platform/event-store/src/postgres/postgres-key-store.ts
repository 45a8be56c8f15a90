import { randomBytes, randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import type { KeyStore, SubjectKey } from '../port/key-store';
import { schemaNames } from './schema-names';

interface KeyRow {
  readonly subject_id: string;
  readonly key_id: string;
  readonly key: Buffer;
}

const toKey = (row: KeyRow): SubjectKey => ({ subjectId: row.subject_id, keyId: row.key_id, key: row.key });

/**
 * Subject keys in the store's `subject_keys` table (created by `migrate()`). Keys are plain bytea:
 * whoever can read this table can read personal data, so production deployments may prefer a KMS
 * behind the same KeyStore port. Destroying deletes the row, then vacuums the table so the dead
 * tuple holding the key does not linger in the heap (WAL and backups keep it until they expire).
 */
export class PostgresKeyStore implements KeyStore {
  private readonly q: string;

  constructor(
    private readonly pool: Pool,
    schema = 'event_store',
  ) {
    this.q = schemaNames(schema).q;
  }

  async keyFor(subjectId: string): Promise<SubjectKey> {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const { rows } = await this.pool.query<KeyRow>({
        text: `WITH created AS (
                 INSERT INTO ${this.q}subject_keys (subject_id, key_id, key) VALUES ($1, $2, $3)
                 ON CONFLICT (subject_id) DO NOTHING RETURNING subject_id, key_id, key
               )
               SELECT subject_id, key_id, key FROM created
               UNION ALL SELECT subject_id, key_id, key FROM ${this.q}subject_keys WHERE subject_id = $1`,
        values: [subjectId, randomUUID(), randomBytes(32)],
      });
      // Empty only when a concurrent creation committed after this statement's snapshot: ask again.
      const [row] = rows;
      if (row) return toKey(row);
    }
    throw new Error(`Could not obtain a key for subject ${subjectId}`);
  }

  async findKeys(subjectIds: readonly string[]): Promise<ReadonlyMap<string, SubjectKey>> {
    const { rows } = await this.pool.query<KeyRow>({
      text: `SELECT subject_id, key_id, key FROM ${this.q}subject_keys WHERE subject_id = ANY ($1::text[])`,
      values: [[...subjectIds]],
    });
    return new Map(rows.map((row) => [row.subject_id, toKey(row)]));
  }

  async destroyKeys(subjectId: string): Promise<void> {
    await this.pool.query({ text: `DELETE FROM ${this.q}subject_keys WHERE subject_id = $1`, values: [subjectId] });
    await this.pool.query(`VACUUM ${this.q}subject_keys`).catch(() => undefined);
  }
}
