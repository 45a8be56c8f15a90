import { randomBytes, randomUUID } from 'node:crypto';
import type { Pool, PoolConfig } from 'pg';
import { SubjectForgottenError, type KeyStore, type SubjectKey } from '../port/key-store';
import { adoptKeys, type AdoptedKey, type Adoption, type ForgottenSubject } from './key-adoption';
import { toKey, type KeyRow } from './key-rows';
import { migrateKeyStore } from './key-store-migrations';
import { ownPool } from './own-pool';
import { schemaNames } from './schema-names';
import { withPgTransaction } from './with-pg-transaction';

interface KeyForRow {
  readonly forgotten: boolean;
  readonly subject_id: string | null;
  readonly key_id: string | null;
  readonly key: Buffer | null;
}

export interface PostgresKeyStoreOptions {
  /** Either a connection string (the key store owns its pool) or a pool the caller owns. Never an event store's database. */
  readonly connectionString?: string;
  readonly pool?: Pool;
  readonly poolConfig?: Omit<PoolConfig, 'connectionString'>;
  /**
   * Schema of the key tables (default `key_store`). Several services of one region may share one key
   * database, each in a schema of its own (e.g. `candidate_registry`).
   */
  readonly schema?: string;
  /** Run `migrate()` before returning (default true). */
  readonly migrate?: boolean;
}

/**
 * Subject keys in `<schema>.subject_keys`, in a database of their own: a backup of an event store
 * then holds only ciphertext, and the key database is backed up apart, with a shorter retention, so
 * that an erasure reaches the backups once they expire. Keys are plain bytea: whoever can read this
 * table can read personal data, so production deployments may prefer a KMS behind the same KeyStore
 * port. Destroying records the subject in `forgotten_subjects` and deletes the row, then vacuums the
 * table so the dead tuple holding the key does not linger in the heap (WAL and backups keep it until
 * they expire). A forgotten subject never gets a key again.
 */
export class PostgresKeyStore implements KeyStore {
  private readonly q: string;

  private constructor(
    readonly pool: Pool,
    readonly schema: string,
    private readonly ownsPool: boolean,
  ) {
    this.q = schemaNames(schema).q;
  }

  static async create(options: PostgresKeyStoreOptions): Promise<PostgresKeyStore> {
    if (!options.pool && !options.connectionString) throw new Error('PostgresKeyStore needs a pool or a connectionString');
    const { schema } = schemaNames(options.schema ?? 'key_store');
    const pool = options.pool ?? ownPool(options.connectionString ?? '', options.poolConfig);
    const store = new PostgresKeyStore(pool, schema, !options.pool);
    if (options.migrate ?? true) {
      try {
        await store.migrate();
      } catch (error) {
        await store.close();
        throw error;
      }
    }
    return store;
  }

  /** Applies pending migrations of the key tables (under an advisory lock; safe to call concurrently). */
  migrate(): Promise<number[]> {
    return migrateKeyStore(this.pool, this.schema);
  }

  async keyFor(subjectId: string): Promise<SubjectKey> {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const { rows } = await this.pool.query<KeyForRow>({
        text: `WITH forgotten AS (SELECT 1 FROM ${this.q}forgotten_subjects WHERE subject_id = $1),
               created AS (
                 INSERT INTO ${this.q}subject_keys (subject_id, key_id, key) SELECT $1, $2, $3 WHERE NOT EXISTS (SELECT 1 FROM forgotten)
                 ON CONFLICT (subject_id) DO NOTHING RETURNING subject_id, key_id, key
               )
               SELECT true AS forgotten, NULL AS subject_id, NULL::uuid AS key_id, NULL::bytea AS key FROM forgotten
               UNION ALL SELECT false, subject_id, key_id, key FROM created
               UNION ALL SELECT false, subject_id, key_id, key FROM ${this.q}subject_keys WHERE subject_id = $1 AND NOT EXISTS (SELECT 1 FROM forgotten)`,
        values: [subjectId, randomUUID(), randomBytes(32)],
      });
      const [row] = rows;
      if (row?.forgotten) throw new SubjectForgottenError(subjectId);
      if (row?.subject_id && row.key_id && row.key) return toKey({ subject_id: row.subject_id, key_id: row.key_id, key: row.key });
      // Empty only when a concurrent creation committed after this statement's snapshot: ask again.
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

  /**
   * The table lock conflicts with keyFor's INSERT: a creation still in flight commits first, and the
   * DELETE, whose snapshot is taken after the lock, removes its key; a keyFor that starts later waits,
   * then sees the subject forgotten. Without it, a key created concurrently would survive erasure.
   */
  async destroyKeys(subjectId: string): Promise<void> {
    await withPgTransaction(this.pool, async (client) => {
      await client.query(`LOCK TABLE ${this.q}subject_keys IN SHARE ROW EXCLUSIVE MODE`);
      await client.query({ text: `INSERT INTO ${this.q}forgotten_subjects (subject_id) VALUES ($1) ON CONFLICT DO NOTHING`, values: [subjectId] });
      await client.query({ text: `DELETE FROM ${this.q}subject_keys WHERE subject_id = $1`, values: [subjectId] });
    });
    await this.pool.query(`VACUUM ${this.q}subject_keys`).catch(() => undefined);
  }

  /**
   * Takes over keys kept elsewhere until now (see `moveSubjectKeys`). Erasure wins: the subjects in
   * `forgotten` are recorded as forgotten and lose any key here, and no forgotten subject's key is
   * taken; a subject that already has a key keeps it. Returns what is held now, to compare.
   */
  adoptKeys(keys: readonly AdoptedKey[], forgotten: readonly ForgottenSubject[] = []): Promise<Adoption> {
    return adoptKeys(this.pool, this.q, keys, forgotten);
  }

  /** Closes the pool if the key store opened it (a pool passed in belongs to the caller). */
  async close(): Promise<void> {
    if (this.ownsPool) await this.pool.end();
  }
}
