import type { Pool } from 'pg';
import type { AdoptedKey, ForgottenSubject } from './key-adoption';
import type { PostgresKeyStore } from './postgres-key-store';
import { schemaNames } from './schema-names';
import { withPgTransaction } from './with-pg-transaction';

/** What `moveSubjectKeys` found in the event store's database and handed to the key store. */
export interface MovedSubjectKeys {
  /** Keys deleted from the event store's database: now in the key store, or dropped (subject forgotten). */
  readonly keys: number;
  /** Forgotten subjects recorded (again: it is idempotent) in the key store. */
  readonly forgottenSubjects: number;
}

/** The key store holds another key (or none) for these subjects: their keys stay where they were. */
export class SubjectKeysNotMovedError extends Error {
  override readonly name = 'SubjectKeysNotMovedError';
  constructor(readonly subjectIds: readonly string[]) {
    const listed = subjectIds.slice(0, 5).join(', ') + (subjectIds.length > 5 ? ', …' : '');
    super(
      `The key store holds another key, or none, for ${subjectIds.length} subject(s) (${listed}) than the event store's ` +
        `database: their keys were left there. Were two versions of the service running at once?`,
    );
  }
}

const BATCH = 1_000;

interface OldKeyRow {
  readonly subject_id: string;
  readonly key_id: string;
  readonly key: Buffer;
  readonly created_at: Date;
}

const toAdopted = (row: OldKeyRow): AdoptedKey => ({ subjectId: row.subject_id, keyId: row.key_id, key: row.key, createdAt: row.created_at });

/**
 * Earlier versions kept subject keys in the event store's own database, so that its backups held
 * both ciphertext and keys. This hands them to the key store, which lives in another database:
 *
 * 1. every subject in the event store's `forgotten_subjects` is recorded as forgotten there (and
 *    loses any key it holds: erasure wins, also over a forgetSubject cut short before its last step);
 * 2. under a table lock (concurrent movers wait; a writer of an earlier version too), each batch of
 *    keys is adopted, read back and compared, and deleted from the event store's table only once
 *    the key store holds the same key, or the subject is forgotten;
 * 3. that table is vacuumed, so the deleted keys do not linger in its heap (an emptied heap is
 *    truncated to nothing).
 *
 * Idempotent and cheap once done: run it at every start, after the event store's migrations. The
 * event store's `forgotten_subjects` stays (snapshot deletion uses it). Old keys remain in that
 * database's WAL and backups until they expire.
 */
export const moveSubjectKeys = async (eventStorePool: Pool, keyStore: PostgresKeyStore, eventStoreSchema = 'event_store'): Promise<MovedSubjectKeys> => {
  const { q } = schemaNames(eventStoreSchema);
  const { rows } = await eventStorePool.query<{ keys: string | null }>('SELECT to_regclass($1)::text AS keys', [`${q}subject_keys`]);
  if (!rows[0]?.keys) return { keys: 0, forgottenSubjects: 0 };
  const forgottenSubjects = await copyForgottenSubjects(eventStorePool, q, keyStore);
  const keys = await withPgTransaction(eventStorePool, async (client) => {
    await client.query(`LOCK TABLE ${q}subject_keys IN SHARE ROW EXCLUSIVE MODE`);
    let moved = 0;
    for (;;) {
      // The rows of earlier batches are deleted by now: each query returns the next batch.
      const batch = await client.query<OldKeyRow>(`SELECT subject_id, key_id, key, created_at FROM ${q}subject_keys ORDER BY subject_id LIMIT ${BATCH}`);
      if (batch.rows.length === 0) return moved;
      const adoption = await keyStore.adoptKeys(batch.rows.map(toAdopted));
      const notMoved = batch.rows.filter((row) => {
        if (adoption.forgotten.has(row.subject_id)) return false;
        const held = adoption.held.get(row.subject_id);
        return !(held && held.keyId === row.key_id && held.key.equals(row.key));
      });
      if (notMoved.length > 0) throw new SubjectKeysNotMovedError(notMoved.map((row) => row.subject_id));
      await client.query({ text: `DELETE FROM ${q}subject_keys WHERE subject_id = ANY ($1::text[])`, values: [batch.rows.map((row) => row.subject_id)] });
      moved += batch.rows.length;
    }
  });
  // Only the run that deleted keys: concurrent VACUUMs of one table queue on each other's lock and
  // keep the first from truncating the emptied heap. (A run stopped between its commit and here
  // leaves the dead rows to autovacuum.)
  if (keys > 0) await eventStorePool.query(`VACUUM ${q}subject_keys`);
  return { keys, forgottenSubjects };
};

/** Page by page (keyset on subject_id), every subject the event store knows to be forgotten. */
const copyForgottenSubjects = async (pool: Pool, q: string, keyStore: PostgresKeyStore): Promise<number> => {
  let after = '';
  let copied = 0;
  for (;;) {
    const { rows } = await pool.query<{ subject_id: string; forgotten_at: Date }>({
      text: `SELECT subject_id, forgotten_at FROM ${q}forgotten_subjects WHERE subject_id > $1 ORDER BY subject_id LIMIT ${BATCH}`,
      values: [after],
    });
    if (rows.length === 0) return copied;
    const forgotten: ForgottenSubject[] = rows.map((row) => ({ subjectId: row.subject_id, forgottenAt: row.forgotten_at }));
    await keyStore.adoptKeys([], forgotten);
    copied += rows.length;
    after = rows[rows.length - 1]?.subject_id ?? after;
  }
};
