import type { Pool } from 'pg';
import type { SubjectKey } from '../port/key-store';
import { toKey, type KeyRow } from './key-rows';
import { withPgTransaction } from './with-pg-transaction';

/** A key taken over from elsewhere, with its creation time. */
export interface AdoptedKey extends SubjectKey {
  readonly createdAt: Date;
}

export interface ForgottenSubject {
  readonly subjectId: string;
  readonly forgottenAt: Date;
}

/** What the key store holds, after an adoption, for the subjects it was given. */
export interface Adoption {
  readonly held: ReadonlyMap<string, SubjectKey>;
  readonly forgotten: ReadonlySet<string>;
}

/**
 * One transaction under the lock destroyKeys takes, so a keyFor in flight commits first and none
 * starts meanwhile: record the forgotten subjects, delete any key of a forgotten subject, insert
 * the other keys unless their subject already has one, then read back what is held.
 */
export const adoptKeys = async (pool: Pool, q: string, keys: readonly AdoptedKey[], forgotten: readonly ForgottenSubject[]): Promise<Adoption> => {
  const subjectIds = [...new Set([...keys.map((key) => key.subjectId), ...forgotten.map((subject) => subject.subjectId)])];
  const { held, gone, destroyed } = await withPgTransaction(pool, async (client) => {
    await client.query(`LOCK TABLE ${q}subject_keys IN SHARE ROW EXCLUSIVE MODE`);
    await client.query({
      text: `INSERT INTO ${q}forgotten_subjects (subject_id, forgotten_at)
             SELECT * FROM unnest($1::text[], $2::timestamptz[]) ON CONFLICT DO NOTHING`,
      values: [forgotten.map((subject) => subject.subjectId), forgotten.map((subject) => subject.forgottenAt)],
    });
    const erased = await client.query({
      text: `DELETE FROM ${q}subject_keys k USING ${q}forgotten_subjects f WHERE f.subject_id = k.subject_id AND k.subject_id = ANY ($1::text[])`,
      values: [subjectIds],
    });
    await client.query({
      text: `INSERT INTO ${q}subject_keys (subject_id, key_id, key, created_at)
             SELECT t.* FROM unnest($1::text[], $2::uuid[], $3::bytea[], $4::timestamptz[]) AS t (subject_id, key_id, key, created_at)
              WHERE NOT EXISTS (SELECT 1 FROM ${q}forgotten_subjects f WHERE f.subject_id = t.subject_id)
             ON CONFLICT (subject_id) DO NOTHING`,
      values: [keys.map((key) => key.subjectId), keys.map((key) => key.keyId), keys.map((key) => key.key), keys.map((key) => key.createdAt)],
    });
    const rows = await client.query<KeyRow>({ text: `SELECT subject_id, key_id, key FROM ${q}subject_keys WHERE subject_id = ANY ($1::text[])`, values: [subjectIds] });
    const forgottenRows = await client.query<{ subject_id: string }>({
      text: `SELECT subject_id FROM ${q}forgotten_subjects WHERE subject_id = ANY ($1::text[])`,
      values: [subjectIds],
    });
    return { held: rows.rows, gone: forgottenRows.rows, destroyed: (erased.rowCount ?? 0) > 0 };
  });
  // As in destroyKeys: the dead tuples holding destroyed keys must not linger in the heap.
  if (destroyed) await pool.query(`VACUUM ${q}subject_keys`).catch(() => undefined);
  return { held: new Map(held.map((row) => [row.subject_id, toKey(row)])), forgotten: new Set(gone.map((row) => row.subject_id)) };
};
