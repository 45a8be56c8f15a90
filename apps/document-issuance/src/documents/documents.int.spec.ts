import { DecisionRectifiedV1, TitleAwardedV1 } from '@titrepro/contracts';
import type { Response } from 'superagent';
import { dumpDatabase, TSGERI } from '@titrepro/service-kit/testing';
import { waitFor } from '@titrepro/testing';
import { PdfOnDisk, requirePoppler } from '@titrepro/documents-pdf/testing';
import { startIssuanceWorld, type IssuanceWorld } from '../testing/issuance-world';

const HELENE = { familyName: 'Lefèvre-Ørsted', givenNames: ['Hélène', 'Marie'] };

// Document issuance on real services (PostgreSQL, Kafka), the juries and registries played on
// Kafka: parchemins and livrets as PDF/A-3 with their signed credentials, public verification,
// revocation, erasure.
describe('document issuance (two regions, real PostgreSQL and Kafka)', () => {
  let world: IssuanceWorld;
  /** A download's bytes as they came (supertest would parse them otherwise). */
  const bytes = (res: Response, done: (error: Error | null, body: Buffer) => void) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  };
  const pdfOf = async (documentId: string, service = world.idf) =>
    service.http().get(`/documents/${documentId}/pdf`).set('Authorization', await service.bearer('auditor')).buffer(true).parse(bytes);

  beforeAll(async () => {
    requirePoppler();
    world = await startIssuanceWorld();
  });

  afterAll(async () => {
    await world?.close();
  });

  it('gives one parchemin for an award delivered twice, re-produced by hand on Kafka', async () => {
    const awarded = await world.candidate().named(HELENE).titleAwarded();
    const { candidateId } = awarded;
    const payload = awarded.lastPublished('TitleAwarded');
    await world.untilDocuments(world.idf, candidateId, 1);
    const duplicate = await world.world.send(TitleAwardedV1, payload, 'idf');
    // The second delivery (a new event id, the same decision) is handled, and decides nothing.
    await waitFor('the duplicate handled', async () => (await world.idf.query(`SELECT outcome FROM messaging.inbox WHERE event_id = $1 AND consumer LIKE '%jury-decisions%'`, [duplicate])).length === 1, 30_000, 100);
    expect(await world.idf.query(`SELECT outcome FROM messaging.inbox WHERE event_id = $1 AND consumer LIKE '%jury-decisions%'`, [duplicate])).toEqual([{ outcome: 'handled' }]);
    const documents = await world.untilDocuments(world.idf, candidateId, 1);
    expect(documents.map((document) => document.kind)).toEqual(['parchment']);
    expect(await world.idf.query(`SELECT document_id FROM produced_document WHERE candidate_id = $1`, [candidateId])).toHaveLength(1);
  });

  it('gives a livret and no parchemin for CCPs awarded without the title', async () => {
    const { candidateId } = await world.candidate().named(HELENE).ccpsAwarded(['CCP1']);
    const [booklet] = await world.untilDocuments(world.idf, candidateId, 1);
    expect(booklet).toMatchObject({ kind: 'booklet', version: 1, status: 'issued', issuerRegion: 'idf' });
    expect((await world.idf.query(`SELECT kind FROM issued_document WHERE candidate_id = $1`, [candidateId])).map((row) => row.kind)).toEqual(['booklet']);
  });

  it('lists CCP1 from idf and CCP2, CCP3 from bre on the livret bre issues', async () => {
    const candidate = await world.candidate().named(HELENE).ccpsAwarded(['CCP1'], { decidedOn: '2024-03-12' });
    const { candidateId } = candidate;
    await world.untilDocuments(world.idf, candidateId, 1);
    await candidate.handOver('bre').ccpsAwarded(['CCP2', 'CCP3'], { decidedOn: '2026-11-20' });
    const [booklet] = await world.untilDocuments(world.bre, candidateId, 1);
    expect(booklet).toMatchObject({ kind: 'booklet', issuerRegion: 'bre' });
    const response = await pdfOf(booklet?.documentId ?? '', world.bre);
    expect(response.status).toBe(200);
    const pdf = new PdfOnDisk(response.body as Buffer);
    try {
      const text = pdf.layoutText();
      expect(text).toMatch(/CCP1.*12 mars 2024.*Île-de-France/);
      expect(text).toMatch(/CCP2.*20 novembre 2026.*Bretagne/);
      expect(text).toMatch(/CCP3.*20 novembre 2026.*Bretagne/);
      expect(text).toContain('Hélène Marie Lefèvre-Ørsted');
    } finally {
      pdf.dispose();
    }
  });

  it('round-trips a parchemin: the QR code gives the verification URL, the attachment the credential /verify accepts; revoked after a revocation', async () => {
    const { candidateId } = await world.candidate().named(HELENE).titleAwarded();
    const [parchment] = await world.untilDocuments(world.idf, candidateId, 1);
    const documentId = parchment?.documentId ?? '';
    const response = await pdfOf(documentId);
    expect(response.status).toBe(200);
    const pdf = new PdfOnDisk(response.body as Buffer);
    try {
      const url = pdf.qrCodeText();
      expect(url).toBe(`https://titres.example.fr/idf/documents/${documentId}/verification`);
      const verification = await world.idf.http().get(new URL(url ?? '').pathname.replace(/^\/idf/, '')).expect(200);
      expect(verification.body).toMatchObject({ outcome: 'valid' });

      const credential = JSON.parse(pdf.attachment().toString('utf8')) as Record<string, unknown>;
      expect(JSON.stringify(credential)).not.toMatch(/Hélène|Lefèvre/);
      // Named once, by its date and region (not « Session de validation Session de validation <id> »).
      expect(credential['evidence']).toEqual([expect.objectContaining({ name: expect.stringMatching(/^Session de validation du \d{1,2}(er)? \p{L}+ \d{4}, Île-de-France$/u) })]);
      expect((await world.idf.http().post('/verify').send(credential).expect(200)).body).toMatchObject({ outcome: 'valid', reasons: [] });
      const asPdf = await world.idf.http().post('/verify').set('content-type', 'application/pdf').send(response.body as Buffer).expect(200);
      expect(asPdf.body).toMatchObject({ outcome: 'valid' });

      const tampered = JSON.parse(JSON.stringify(credential).replace(TSGERI, 'TP-00496')) as object;
      expect((await world.idf.http().post('/verify').send(tampered).expect(200)).body).toMatchObject({ outcome: 'tampered' });

      await world.idf.http().post(`/documents/${documentId}/revocation`).set('Authorization', await world.idf.bearer('regional-officer')).send({ reason: 'Erreur de saisie sur le procès-verbal.' }).expect(200);
      await waitFor('the revocation on the status list', async () => (await world.idf.http().post('/verify').send(credential)).body.outcome === 'revoked', 30_000, 200);
      const [listed] = await world.untilDocuments(world.idf, candidateId, 1);
      expect(listed).toMatchObject({ status: 'revoked', revocationReason: 'Erreur de saisie sur le procès-verbal.' });
    } finally {
      pdf.dispose();
    }
  });

  it('after erasure: the credential still verifies, the PDF answers 410 with the reason, the database holds no name', async () => {
    const awarded = await world.candidate().named(HELENE).titleAwarded();
    const { candidateId } = awarded;
    const [parchment] = await world.untilDocuments(world.idf, candidateId, 1);
    const documentId = parchment?.documentId ?? '';
    const auditor = await world.idf.bearer('auditor');
    const { body: credentials } = await world.idf.http().get(`/documents/${documentId}/credential`).set('Authorization', auditor).expect(200);
    await awarded.erased();
    await waitFor('the PDF to be gone', async () => (await pdfOf(documentId)).status === 410, 30_000, 200);
    const gone = await world.idf.http().get(`/documents/${documentId}/pdf`).set('Authorization', auditor).expect(410);
    expect(gone.body.detail).toMatch(/personal data was erased.*credential still verifies/);
    expect((await world.idf.http().post('/verify').send(credentials[0]).expect(200)).body).toMatchObject({ outcome: 'valid' });
    const dump = [await dumpDatabase(world.idf.database.url), await dumpDatabase(world.idf.keyDatabase.url)].join('\n');
    for (const name of ['Hélène', 'Lefèvre-Ørsted', 'Lef\\u00e8vre']) expect(dump).not.toContain(name);
  });

  it('revokes the parchemin of a rectified decision and issues what it awards now (a livret)', async () => {
    const awarded = await world.candidate().named(HELENE).titleAwarded();
    const { candidateId } = awarded;
    const payload = awarded.lastPublished('TitleAwarded');
    const [parchment] = await world.untilDocuments(world.idf, candidateId, 1);
    const auditor = await world.idf.bearer('auditor');
    const { body: credentials } = await world.idf.http().get(`/documents/${parchment?.documentId}/credential`).set('Authorization', auditor).expect(200);
    await world.world.send(
      DecisionRectifiedV1,
      {
        candidateId,
        rectificationId: `r-${String(payload.decisionId)}`,
        decisionId: payload.decisionId,
        sessionId: payload.sessionId,
        region: 'idf',
        titleCode: TSGERI,
        previousOutcome: { kind: 'title-awarded' },
        outcome: { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP1', 'CCP2'] },
        ccpCodesAwarded: ['CCP1', 'CCP2'],
        ccsCode: null,
        decidedOn: payload.decidedOn,
        rectifiedOn: '2026-12-01',
        rulebookId: 'seed-2009',
        ruleIds: ['JURY-OUTCOME', 'CAPITALISATION-WINDOW'],
        rectifiedAt: new Date().toISOString(),
      },
      'idf',
    );
    const documents = await world.untilDocuments(world.idf, candidateId, 2);
    expect(documents).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ documentId: parchment?.documentId, kind: 'parchment', status: 'revoked', revocationReason: 'decision-rectified' }),
        expect.objectContaining({ kind: 'booklet', status: 'issued' }),
      ]),
    );
    await waitFor('the parchemin revoked on the status list', async () => (await world.idf.http().post('/verify').send(credentials[0])).body.outcome === 'revoked', 30_000, 200);
  });

  it('lets a candidate list and download only their own documents, and only the issuing office revoke', async () => {
    const { candidateId } = await world.candidate().named(HELENE).titleAwarded();
    const [parchment] = await world.untilDocuments(world.idf, candidateId, 1);
    const own = await world.idf.bearer('candidate', { subject: candidateId });
    const other = await world.idf.bearer('candidate', { subject: 'someone-else' });
    await world.idf.http().get(`/candidates/${candidateId}/documents`).set('Authorization', own).expect(200);
    await world.idf.http().get(`/candidates/${candidateId}/documents`).set('Authorization', other).expect(403);
    await world.idf.http().get(`/documents/${parchment?.documentId}/pdf`).set('Authorization', other).expect(403);
    await world.idf.http().post(`/documents/${parchment?.documentId}/revocation`).set('Authorization', own).send({ reason: 'non' }).expect(403);
    const fromBre = await world.idf.http().post(`/documents/${parchment?.documentId}/revocation`).set('Authorization', await world.idf.bearer('regional-officer', { region: 'bre' })).send({ reason: 'non' });
    expect(fromBre.status).toBe(403);
    const noReason = await world.idf.http().post(`/documents/${parchment?.documentId}/revocation`).set('Authorization', await world.idf.bearer('regional-officer')).send({}).expect(400);
    expect(noReason.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
    expect((await world.untilDocuments(world.idf, candidateId, 1))[0]).toMatchObject({ status: 'issued' });
  });

  it('serves the did:web documents and the status lists, publicly; refuses a body that is neither JSON nor a PDF', async () => {
    const { body: did } = await world.idf.http().get('/regions/idf/did.json').expect(200);
    expect(did).toMatchObject({ id: 'did:web:titres.example.fr:regions:idf' });
    const { body: list } = await world.idf.http().get('/status-lists/0').expect(200);
    expect(list.type).toContain('BitstringStatusListCredential');
    await world.idf.http().get('/regions/bre/status-lists/0').expect(404);
    // Neither media type /verify takes: 415 naming them (issue 17: every route's body against what it declares).
    const refused = await world.idf.http().post('/verify').set('content-type', 'text/plain').send('hello').expect(415);
    expect(refused.body.detail).toMatch(/^Content-Type: this request takes application\/json or application\/pdf/);
  });
});
