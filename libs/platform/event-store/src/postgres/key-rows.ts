import type { SubjectKey } from '../port/key-store';

/** A row of `<key schema>.subject_keys`, as `pg` returns it. */
export interface KeyRow {
  readonly subject_id: string;
  readonly key_id: string;
  readonly key: Buffer;
}

export const toKey = (row: KeyRow): SubjectKey => ({ subjectId: row.subject_id, keyId: row.key_id, key: row.key });
