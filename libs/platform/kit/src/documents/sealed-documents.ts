import { Inject, Injectable } from '@nestjs/common';
import { sealBytes, unsealBytes, type KeyStore, type PostgresEventStore } from '@titrepro/event-store';
import { createHash } from 'node:crypto';
import type { QueryResult, QueryResultRow } from 'pg';
import { CLOCK, type Clock } from '../clock/clock';
import { ID_SOURCE, type IdSource } from '../clock/id-source';
import { EVENT_STORE, KEY_STORE } from '../event-store/event-store.tokens';
import { SEALED_DOCUMENTS_TABLE } from '../event-store/kit-migrations';
import { detectDocumentType, isDocumentMediaType, type DocumentMediaType } from './detect-document-type';

export interface DocumentToSeal {
  /** The data subject (the candidate) whose key seals it: erasing them makes it unreadable. */
  readonly subjectId: string;
  readonly content: Buffer;
  /** Must be what the bytes are (`detectDocumentType`), not what the upload claimed. */
  readonly mediaType: DocumentMediaType;
}

export interface SealedDocument {
  readonly documentId: string;
  /** SHA-256 of the plaintext, hex: what integration events carry, for readers to check a copy. */
  readonly sha256: string;
  readonly size: number;
  readonly mediaType: DocumentMediaType;
}

export type DocumentReading =
  | { readonly status: 'readable'; readonly content: Buffer; readonly mediaType: DocumentMediaType; readonly sha256: string; readonly subjectId: string }
  /** The subject was forgotten: their key, and with it every way to read the document, is gone. */
  | { readonly status: 'erased'; readonly subjectId: string }
  | { readonly status: 'missing' };

/** A stored document that does not open under its subject's live key, or not to its recorded hash: altered in the database. */
export class SealedDocumentCorruptedError extends Error {
  override readonly name = 'SealedDocumentCorruptedError';
  constructor(readonly documentId: string) {
    super(`Sealed document ${documentId} does not open to what was stored: it was altered`);
  }
}

interface Queryable {
  query<Row extends QueryResultRow>(text: string, values: unknown[]): Promise<QueryResult<Row>>;
}

interface DocumentRow extends QueryResultRow {
  readonly subject_id: string;
  readonly key_id: string;
  readonly media_type: string;
  readonly sha256: string;
  readonly sealed: Buffer;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Binds the ciphertext to its row: moved to another document or subject, or given another type, it does not open.
const aadFor = (documentId: string, subjectId: string, mediaType: string): string => `sealed-document\n${documentId}\n${subjectId}\n${mediaType}`;

const sha256Of = (content: Buffer): string => createHash('sha256').update(content).digest('hex');

const isQueryable = (value: unknown): value is Queryable => value !== null && typeof value === 'object' && typeof (value as { query?: unknown }).query === 'function';

/**
 * Documents (a DSPP's files) kept in the service's own database, sealed with AES-256-GCM under the
 * subject's key from the key store, which lives in another database: a backup of this one holds
 * only ciphertext, and erasing the subject (`ServiceErasure`, keys destroyed) shreds every copy.
 */
@Injectable()
export class SealedDocuments {
  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: PostgresEventStore,
    @Inject(KEY_STORE) private readonly keys: KeyStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_SOURCE) private readonly ids: IdSource,
  ) {}

  /**
   * Seals and stores; throws `SubjectForgottenError` for a forgotten subject (nothing is stored).
   * `transaction`: a `pg` client inside BEGIN (e.g. `CommandOrigin.transaction`), so that the row
   * commits, or not, with the caller's work (the event that names the document).
   */
  async store({ subjectId, content, mediaType }: DocumentToSeal, transaction?: unknown): Promise<SealedDocument> {
    if (transaction !== undefined && !isQueryable(transaction)) throw new TypeError('SealedDocuments.store: transaction must be a pg client inside BEGIN');
    const detected = detectDocumentType(content);
    if (detected !== mediaType) throw new TypeError(`SealedDocuments.store: the content is not ${mediaType} (it reads as ${detected ?? 'no accepted type'})`);
    const key = await this.keys.keyFor(subjectId);
    const documentId = this.ids.newId();
    const sha256 = sha256Of(content);
    const sealed = sealBytes(content, key.key, aadFor(documentId, subjectId, mediaType));
    const runner: Queryable = transaction ?? this.eventStore.pool;
    await runner.query(
      `INSERT INTO ${SEALED_DOCUMENTS_TABLE} (document_id, subject_id, key_id, media_type, size, sha256, sealed, stored_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [documentId, subjectId, key.keyId, mediaType, content.length, sha256, sealed, this.clock.now()],
    );
    return { documentId, sha256, size: content.length, mediaType };
  }

  /** The document in clear, or `erased` once its subject's key is gone; throws `SealedDocumentCorruptedError` if it was altered. */
  async read(documentId: string): Promise<DocumentReading> {
    // Any string may come from a route: one that is no uuid names no document (rather than a SQL error).
    if (!UUID.test(documentId)) return { status: 'missing' };
    const { rows } = await this.eventStore.pool.query<DocumentRow>(
      `SELECT subject_id, key_id, media_type, sha256, sealed FROM ${SEALED_DOCUMENTS_TABLE} WHERE document_id = $1`,
      [documentId],
    );
    const row = rows[0];
    if (!row) return { status: 'missing' };
    const key = (await this.keys.findKeys([row.subject_id])).get(row.subject_id);
    // The key it was sealed under is destroyed (a forgotten subject never gets one again).
    if (!key || key.keyId !== row.key_id) return { status: 'erased', subjectId: row.subject_id };
    let content: Buffer;
    try {
      content = unsealBytes(row.sealed, key.key, aadFor(documentId, row.subject_id, row.media_type));
    } catch {
      throw new SealedDocumentCorruptedError(documentId);
    }
    if (!isDocumentMediaType(row.media_type) || sha256Of(content) !== row.sha256) throw new SealedDocumentCorruptedError(documentId);
    return { status: 'readable', content, mediaType: row.media_type, sha256: row.sha256, subjectId: row.subject_id };
  }

  /**
   * Deletes the documents of a forgotten subject; returns how many. Their ciphertext is unreadable
   * already: deleting it keeps it out of future backups. Refuses a subject who still has a key, so
   * that a mistaken call cannot lose a live candidate's file: erase them first.
   */
  async purge(subjectId: string): Promise<number> {
    if ((await this.keys.findKeys([subjectId])).has(subjectId)) {
      throw new Error(`SealedDocuments.purge: subject ${subjectId} still has a key; erase them (ServiceErasure) before purging their documents`);
    }
    const { rowCount } = await this.eventStore.pool.query(`DELETE FROM ${SEALED_DOCUMENTS_TABLE} WHERE subject_id = $1`, [subjectId]);
    return rowCount ?? 0;
  }
}
