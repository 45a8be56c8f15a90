import { SubjectForgottenError } from '@titrepro/event-store';
import { createHash, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { ServiceErasure } from '../erasure/service-erasure';
import { dumpDatabase } from '../testing/dump-database';
import { startService, type StartedService } from '../testing/start-service';
import { DOCX_MEDIA_TYPE, ODT_MEDIA_TYPE, PDF_MEDIA_TYPE } from './detect-document-type';
import { SealedDocumentCorruptedError, SealedDocuments } from './sealed-documents';
import { openDocumentFile, pdfFile, wordDocumentFile } from './zip-writer.spec-support';
import { kitProbe } from '../testing/kit-probe';

// A probe service with nothing but the kit: its documents, its keys apart, its erasure.
const probe = kitProbe({ name: 'kit-documents-probe', description: 'Stores sealed documents.' });

// Distinctive, so that finding it anywhere in a dump can only mean the plaintext leaked.
const SECRET_LINE = 'Zephyrine Oukhtomskaia-7Q a piloté la migration du parc';
const sha256Of = (content: Buffer): string => createHash('sha256').update(content).digest('hex');

describe('sealed documents: in the service database under the subject key, shredded with it (real PostgreSQL)', () => {
  let service: StartedService;
  let documents: SealedDocuments;
  const row = async (documentId: string) =>
    (await service.query<{ subject_id: string; sha256: string; size: number; media_type: string }>(
      'SELECT subject_id, sha256, size, media_type FROM service_kit.sealed_documents WHERE document_id = $1',
      [documentId],
    ))[0];

  beforeAll(async () => {
    service = await startService(probe, { region: 'idf' });
    documents = service.app.get(SealedDocuments);
  });

  afterAll(async () => {
    await service?.close();
  });

  it('reads back the same bytes and hash, and keeps neither the plaintext nor the key in the service database', async () => {
    const subjectId = randomUUID();
    const content = pdfFile(SECRET_LINE);
    const stored = await documents.store({ subjectId, content, mediaType: PDF_MEDIA_TYPE });
    expect(stored).toEqual({ documentId: expect.any(String), sha256: sha256Of(content), size: content.length, mediaType: PDF_MEDIA_TYPE });

    const reading = await documents.read(stored.documentId);
    expect(reading).toMatchObject({ status: 'readable', mediaType: PDF_MEDIA_TYPE, sha256: sha256Of(content), subjectId });
    expect(reading.status === 'readable' && reading.content.equals(content)).toBe(true);

    const dump = await dumpDatabase(service.database.url);
    expect(dump).toContain(stored.documentId);
    expect(dump).not.toContain('Oukhtomskaia');
    // bytea dumps as hex: a document stored in clear would show there.
    expect(dump).not.toContain(Buffer.from('Oukhtomskaia').toString('hex'));
    const [key] = await service.queryKeys<{ key: Buffer }>('SELECT key FROM kit_documents_probe.subject_keys WHERE subject_id = $1', [subjectId]);
    expect(key).toBeDefined();
    expect(dump).not.toContain(key?.key.toString('hex'));
  });

  it('stores the other document types, and refuses content that is not the type it is stored as', async () => {
    const subjectId = randomUUID();
    for (const [content, mediaType] of [[openDocumentFile(ODT_MEDIA_TYPE), ODT_MEDIA_TYPE], [wordDocumentFile(), DOCX_MEDIA_TYPE]] as const) {
      const { documentId } = await documents.store({ subjectId, content, mediaType });
      expect(await documents.read(documentId)).toMatchObject({ status: 'readable', mediaType });
    }
    await expect(documents.store({ subjectId, content: Buffer.from('MZ renamed.pdf'), mediaType: PDF_MEDIA_TYPE })).rejects.toThrow(TypeError);
    await expect(documents.store({ subjectId, content: wordDocumentFile(), mediaType: PDF_MEDIA_TYPE })).rejects.toThrow(`reads as ${DOCX_MEDIA_TYPE}`);
  });

  it("stores within the caller's transaction: a rollback leaves nothing", async () => {
    const client = new Client({ connectionString: service.database.url });
    await client.connect();
    try {
      await client.query('BEGIN');
      const rolledBack = await documents.store({ subjectId: randomUUID(), content: pdfFile(), mediaType: PDF_MEDIA_TYPE }, client);
      expect(await documents.read(rolledBack.documentId)).toEqual({ status: 'missing' });
      await client.query('ROLLBACK');
      expect(await documents.read(rolledBack.documentId)).toEqual({ status: 'missing' });

      await client.query('BEGIN');
      const committed = await documents.store({ subjectId: randomUUID(), content: pdfFile(), mediaType: PDF_MEDIA_TYPE }, client);
      await client.query('COMMIT');
      expect(await documents.read(committed.documentId)).toMatchObject({ status: 'readable' });
    } finally {
      await client.end();
    }
    await expect(documents.store({ subjectId: randomUUID(), content: pdfFile(), mediaType: PDF_MEDIA_TYPE }, 'a client')).rejects.toThrow(TypeError);
  });

  it('answers missing for an unknown id, or one that is no uuid', async () => {
    expect(await documents.read(randomUUID())).toEqual({ status: 'missing' });
    expect(await documents.read('../etc/passwd')).toEqual({ status: 'missing' });
  });

  it('answers erased once the subject is erased, the row still holding the hash; then refuses to store for them', async () => {
    const subjectId = randomUUID();
    const content = pdfFile(SECRET_LINE);
    const { documentId } = await documents.store({ subjectId, content, mediaType: PDF_MEDIA_TYPE });

    await service.app.get(ServiceErasure).erase(subjectId);

    expect(await documents.read(documentId)).toEqual({ status: 'erased', subjectId });
    expect(await row(documentId)).toEqual({ subject_id: subjectId, sha256: sha256Of(content), size: content.length, media_type: PDF_MEDIA_TYPE });
    const refused = documents.store({ subjectId, content, mediaType: PDF_MEDIA_TYPE });
    await expect(refused).rejects.toThrow(SubjectForgottenError);
    await expect(refused).rejects.toMatchObject({ subjectId });
    expect(await service.query('SELECT 1 FROM service_kit.sealed_documents WHERE subject_id = $1', [subjectId])).toHaveLength(1);
  });

  it("purges a forgotten subject's documents, and refuses to purge a subject who still has a key", async () => {
    const [kept, forgotten] = [randomUUID(), randomUUID()];
    const keptDocument = await documents.store({ subjectId: kept, content: pdfFile(), mediaType: PDF_MEDIA_TYPE });
    const forgottenDocuments = [
      await documents.store({ subjectId: forgotten, content: pdfFile(), mediaType: PDF_MEDIA_TYPE }),
      await documents.store({ subjectId: forgotten, content: wordDocumentFile(), mediaType: DOCX_MEDIA_TYPE }),
    ];

    await expect(documents.purge(kept)).rejects.toThrow('still has a key');
    await service.app.get(ServiceErasure).erase(forgotten);
    expect(await documents.purge(forgotten)).toBe(2);
    expect(await documents.purge(forgotten)).toBe(0);

    for (const { documentId } of forgottenDocuments) expect(await documents.read(documentId)).toEqual({ status: 'missing' });
    expect(await documents.read(keptDocument.documentId)).toMatchObject({ status: 'readable' });
  });

  it('refuses to read a document altered in the database: bytes flipped, or ciphertext moved to another document', async () => {
    const subjectId = randomUUID();
    const first = await documents.store({ subjectId, content: pdfFile('first'), mediaType: PDF_MEDIA_TYPE });
    const second = await documents.store({ subjectId, content: pdfFile('second'), mediaType: PDF_MEDIA_TYPE });

    await service.query(`UPDATE service_kit.sealed_documents SET sealed = (SELECT sealed FROM service_kit.sealed_documents WHERE document_id = $1) WHERE document_id = $2`, [
      first.documentId,
      second.documentId,
    ]);
    await expect(documents.read(second.documentId)).rejects.toThrow(SealedDocumentCorruptedError);

    await service.query(`UPDATE service_kit.sealed_documents SET sealed = set_byte(sealed, 40, get_byte(sealed, 40) # 1) WHERE document_id = $1`, [first.documentId]);
    await expect(documents.read(first.documentId)).rejects.toThrow(SealedDocumentCorruptedError);
  });
});
