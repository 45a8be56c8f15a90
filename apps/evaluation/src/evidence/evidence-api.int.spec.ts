import { waitFor } from '@titrepro/testing';
import { CCP_CODES, competencesOf } from '@titrepro/service-kit/testing';
import { DSPP_MAX_BYTES, executable, pdfWith, startEvaluationWorld, type EvaluationWorld } from '../testing/evaluation-world';

// The bad-input standard and the role and region checks of the evaluation API, against the real
// service (PostgreSQL, Kafka): each refusal is a 4xx naming the problem, and nothing is stored.
describe('evaluation API: refusals name the problem and store nothing (real PostgreSQL and Kafka)', () => {
  let world: EvaluationWorld;
  const http = () => world.evaluation.http();
  const streamLength = async (candidateId: string) =>
    Number((await world.evaluation.query<{ count: string }>('SELECT count(*) AS count FROM event_store.events WHERE stream_id = $1', [`evaluation-${candidateId}`]))[0]?.count);
  const sealedDocuments = async () => Number((await world.evaluation.query<{ count: string }>('SELECT count(*) AS count FROM service_kit.sealed_documents'))[0]?.count);
  const dsppUpload = (candidateId: string, pathwayId: string, token: string) => http().post(`/candidates/${candidateId}/pathways/${pathwayId}/dspp`).set('Authorization', token);

  beforeAll(async () => {
    world = await startEvaluationWorld();
  });

  afterAll(async () => {
    await world?.close();
  });

  it('refuses a DSPP document over DSPP_MAX_BYTES with 413 naming the limit', async () => {
    const { candidateId, pathwayId } = await world.candidate().continuousTraining();
    const [before, documentsBefore] = [await streamLength(candidateId), await sealedDocuments()];
    const candidate = await world.evaluation.bearer('candidate', { subject: candidateId });
    const oversized = Buffer.concat([pdfWith('trop long'), Buffer.alloc(DSPP_MAX_BYTES)]);
    const response = await dsppUpload(candidateId, pathwayId, candidate).attach('CCP1', oversized, 'dspp-ccp1.pdf').expect(413);
    expect(response.body.detail).toContain(`limited to ${DSPP_MAX_BYTES} bytes (DSPP_MAX_BYTES)`);
    expect([await streamLength(candidateId), await sealedDocuments()]).toEqual([before, documentsBefore]);
  });

  it('refuses an executable renamed .pdf with 415, naming the field: the type is read from the content', async () => {
    const { candidateId, pathwayId } = await world.candidate().continuousTraining();
    const [before, documentsBefore] = [await streamLength(candidateId), await sealedDocuments()];
    const candidate = await world.evaluation.bearer('candidate', { subject: candidateId });
    const request = dsppUpload(candidateId, pathwayId, candidate)
      .attach('CCP1', pdfWith('CCP1'), 'ccp1.pdf')
      .attach('CCP2', executable(), { filename: 'ccp2.pdf', contentType: 'application/pdf' })
      .attach('CCP3', pdfWith('CCP3'), 'ccp3.pdf');
    const response = await request.expect(415);
    expect(response.body.detail).toMatch(/^CCP2: the content of "ccp2.pdf" is not a PDF, ODT or DOCX document/);
    expect([await streamLength(candidateId), await sealedDocuments()]).toEqual([before, documentsBefore]);
  });

  it('refuses an Idempotency-Key on a multipart upload, naming the header, storing nothing', async () => {
    const { candidateId, pathwayId } = await world.candidate().vae();
    const documentsBefore = await sealedDocuments();
    const candidate = await world.evaluation.bearer('candidate', { subject: candidateId });
    const upload = dsppUpload(candidateId, pathwayId, candidate).set('Idempotency-Key', 'dspp-1');
    for (const ccpCode of CCP_CODES) upload.attach(ccpCode, pdfWith(ccpCode), `${ccpCode}.pdf`);
    const response = await upload.expect(400);
    expect(response.body.detail).toMatch(/^Idempotency-Key: not supported on multipart uploads/);
    expect(await sealedDocuments()).toBe(documentsBefore);
  });

  it('refuses a DSPP that misses an activité type with 400 naming it, storing no document', async () => {
    const { candidateId, pathwayId } = await world.candidate().vae();
    const documentsBefore = await sealedDocuments();
    const candidate = await world.evaluation.bearer('candidate', { subject: candidateId });
    const response = await dsppUpload(candidateId, pathwayId, candidate).attach('CCP1', pdfWith('CCP1'), 'ccp1.pdf').expect(400);
    // The client sent multipart fields, not a `documents` array: the body as a whole is named.
    expect(response.body.errors).toEqual([{ field: 'body', message: expect.stringContaining('missing: CCP2, CCP3') }]);
    expect(await sealedDocuments()).toBe(documentsBefore);
  });

  it('refuses a DSPP upload carrying a text field (candidateId) or a file under another name, naming each, storing nothing', async () => {
    const { candidateId, pathwayId } = await world.candidate().vae();
    const [before, documentsBefore] = [await streamLength(candidateId), await sealedDocuments()];
    const candidate = await world.evaluation.bearer('candidate', { subject: candidateId });
    const upload = dsppUpload(candidateId, pathwayId, candidate).field('candidateId', 'someone-else');
    for (const ccpCode of CCP_CODES) upload.attach(ccpCode, pdfWith(ccpCode), `${ccpCode}.pdf`);
    upload.attach('notes', pdfWith('notes'), 'notes.pdf');
    const response = await upload.expect(400);
    expect(response.body.errors).toEqual([
      { field: 'candidateId', message: expect.stringContaining('is not a field of this upload') },
      { field: 'notes', message: expect.stringContaining('is not a field of this upload') },
    ]);
    expect([await streamLength(candidateId), await sealedDocuments()]).toEqual([before, documentsBefore]);
  });

  it('refuses a DSPP file name holding U+202E, naming its field', async () => {
    const { candidateId, pathwayId } = await world.candidate().vae();
    const candidate = await world.evaluation.bearer('candidate', { subject: candidateId });
    const upload = dsppUpload(candidateId, pathwayId, candidate);
    for (const ccpCode of ['CCP1', 'CCP2']) upload.attach(ccpCode, pdfWith(ccpCode), `${ccpCode}.pdf`);
    upload.attach('CCP3', pdfWith('CCP3'), 'dossier\u202Efdp.exe');
    const response = await upload.expect(400);
    expect(response.body.errors).toEqual([{ field: 'CCP3', message: expect.stringContaining('bidirectional control characters') }]);
  });

  it('records an officer whose token carries npm run token\'s default subject (regional-officer@idf) as the one who submitted', async () => {
    const { candidateId, pathwayId } = await world.candidate().vae();
    const officer = await world.evaluation.bearer('regional-officer', { subject: 'regional-officer@idf' });
    const upload = dsppUpload(candidateId, pathwayId, officer);
    for (const ccpCode of CCP_CODES) upload.attach(ccpCode, pdfWith(ccpCode), `${ccpCode}.pdf`);
    await upload.expect(201);
    const [event] = await world.evaluation.query<{ data: { submittedBy: string } }>("SELECT data FROM event_store.events WHERE stream_id = $1 AND type = 'DsppSubmitted'", [`evaluation-${candidateId}`]);
    expect(event?.data.submittedBy).toBe('regional-officer@idf');
  });

  it('refuses a NUL in the assessorId of an assignment with 400 naming it, storing nothing', async () => {
    const { candidateId, pathwayId } = await world.candidate().continuousTraining();
    const before = await streamLength(candidateId);
    const officer = await world.evaluation.bearer('regional-officer');
    const response = await http().post(`/candidates/${candidateId}/assignments`).set('Authorization', officer).send({ pathwayId, assessorId: 'a\u0000', scope: { kind: 'ecf', ccpCode: 'CCP1' } }).expect(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'assessorId' })]);
    expect(await streamLength(candidateId)).toBe(before);
  });

  // A VAE candidate has no ECF: the office cannot assign a trainer to one (an unassigned trainer's
  // record is refused earlier still, by the route's access declaration: 403).
  it('refuses an ECF assignment for a VAE candidate under EVIDENCE-VAE, saying why', async () => {
    const { candidateId, pathwayId } = await world.candidate().vae();
    const trainer = await world.assessor('trainer');
    const before = await streamLength(candidateId);
    const officer = await world.evaluation.bearer('regional-officer');
    const response = await http()
      .post(`/candidates/${candidateId}/assignments`)
      .set('Authorization', officer)
      .send({ pathwayId, assessorId: trainer, scope: { kind: 'ecf', ccpCode: 'CCP1' } })
      .expect(422);
    expect(response.body).toMatchObject({ ruleId: 'EVIDENCE-VAE' });
    expect(response.body.detail).toMatch(/ECF/);
    expect(await streamLength(candidateId)).toBe(before);
  });

  it('refuses an assessor recording for a candidate they are not assigned to, and one of another region', async () => {
    const { candidateId, pathwayId } = await world.candidate().continuousTraining();
    const [assigned, other] = [await world.assessor('trainer'), await world.assessor('trainer')];
    await world.assign(candidateId, pathwayId, assigned, { kind: 'ecf', ccpCode: 'CCP1' });
    const before = await streamLength(candidateId);
    const ecf = { ccpCode: 'CCP1', evaluatedOn: '2026-11-20', result: 'passed' };
    const notAssigned = await http()
      .post(`/candidates/${candidateId}/pathways/${pathwayId}/training-evaluations`)
      .set('Authorization', await world.evaluation.bearer('assessor', { subject: other }))
      .send(ecf)
      .expect(403);
    expect(notAssigned.body.detail).toContain(`assessor ${other} is assigned to nothing of candidate ${candidateId}`);
    // The same assessor with a token of another region is refused at the door.
    await http()
      .post(`/candidates/${candidateId}/pathways/${pathwayId}/training-evaluations`)
      .set('Authorization', await world.evaluation.bearer('assessor', { subject: assigned, region: 'ara' }))
      .send(ecf)
      .expect(403);
    expect(await streamLength(candidateId)).toBe(before);
    // The assigned trainer records it.
    await http().post(`/candidates/${candidateId}/pathways/${pathwayId}/training-evaluations`).set('Authorization', await world.evaluation.bearer('assessor', { subject: assigned })).send(ecf).expect(201);
    expect(await streamLength(candidateId)).toBeGreaterThan(before);
  });

  it('refuses a practical assessment whose compétences are not exactly those of its CCP, naming them', async () => {
    const { candidateId, pathwayId } = await world.candidate().discontinuousTraining();
    const assessor = await world.assessor('professional');
    const officer = await world.evaluation.bearer('regional-officer');
    const { body: scheduled } = await http().post(`/candidates/${candidateId}/pathways/${pathwayId}/practical-assessments`).set('Authorization', officer).send({ target: { kind: 'ccp', ccpCode: 'CCP2' }, scheduledOn: '2026-11-25' }).expect(201);
    await world.assign(candidateId, pathwayId, assessor, { kind: 'practical-assessment', assessmentId: scheduled.assessmentId });
    const before = await streamLength(candidateId);
    const [first, ...others] = competencesOf('CCP2');
    const response = await http()
      .post(`/candidates/${candidateId}/practical-assessments/${scheduled.assessmentId}/result`)
      .set('Authorization', await world.evaluation.bearer('assessor', { subject: assessor }))
      .send({ heldOn: '2026-11-25', outcomes: others.map((competence) => ({ competence, outcome: 'acquired' })) })
      .expect(400);
    expect(response.body.detail).toContain(String(first));
    expect(await streamLength(candidateId)).toBe(before);
  });

  it('records a CCP assessed by a professional and a trainer of the specialty, and refuses two professionals under CCP-PAIR', async () => {
    const { candidateId, pathwayId } = await world.candidate().discontinuousTraining();
    const [professional, otherProfessional, trainer] = [await world.assessor('professional'), await world.assessor('professional'), await world.assessor('trainer')];
    const officer = await world.evaluation.bearer('regional-officer');
    const { body: scheduled } = await http().post(`/candidates/${candidateId}/pathways/${pathwayId}/practical-assessments`).set('Authorization', officer).send({ target: { kind: 'ccp', ccpCode: 'CCP1' }, scheduledOn: '2026-11-25' }).expect(201);
    await world.assign(candidateId, pathwayId, professional, { kind: 'practical-assessment', assessmentId: scheduled.assessmentId });
    const grid = competencesOf('CCP1').map((competence) => ({ competence, outcome: 'acquired' }));
    const asProfessional = await world.evaluation.bearer('assessor', { subject: professional });
    await http().post(`/candidates/${candidateId}/practical-assessments/${scheduled.assessmentId}/result`).set('Authorization', asProfessional).send({ heldOn: '2026-11-25', outcomes: grid }).expect(201);
    const upload = dsppUpload(candidateId, pathwayId, await world.evaluation.bearer('candidate', { subject: candidateId }));
    for (const ccpCode of CCP_CODES) upload.attach(ccpCode, pdfWith(`DSPP ${ccpCode}`), `${ccpCode}.pdf`);
    await upload.expect(201);
    for (const assessor of [professional, otherProfessional, trainer]) await world.assign(candidateId, pathwayId, assessor, { kind: 'ccp-evaluation', ccpCode: 'CCP1' });
    const pair = (assessorIds: string[]) => ({ ccpCode: 'CCP1', assessedOn: '2026-11-26', assessorIds, outcome: 'passed', grid });
    const before = await streamLength(candidateId);
    const refused = await http().post(`/candidates/${candidateId}/pathways/${pathwayId}/ccp-assessments`).set('Authorization', asProfessional).send(pair([professional, otherProfessional])).expect(422);
    expect(refused.body).toMatchObject({ ruleId: 'CCP-PAIR' });
    expect(await streamLength(candidateId)).toBe(before);
    const recorded = await http().post(`/candidates/${candidateId}/pathways/${pathwayId}/ccp-assessments`).set('Authorization', asProfessional).send(pair([professional, trainer])).expect(201);
    expect(recorded.body).toEqual({ ccpCode: 'CCP1', outcome: 'passed' });
  });

  it("hands a candidate's evaluation over with the registry's handover: the old home region's officer may no longer assign", async () => {
    const { candidateId, pathwayId } = await world.candidate().continuousTraining();
    const trainer = await world.assessor('trainer');
    await world.world.handOver(candidateId, 'idf', 'bre');
    await waitFor('the handover recorded', async () => (await world.evaluation.query(`SELECT 1 FROM event_store.events WHERE stream_id = $1 AND type = 'HandoverRecorded'`, [`evaluation-${candidateId}`])).length === 1, 30_000, 100);
    const refused = await http()
      .post(`/candidates/${candidateId}/assignments`)
      .set('Authorization', await world.evaluation.bearer('regional-officer'))
      .send({ pathwayId, assessorId: trainer, scope: { kind: 'ecf', ccpCode: 'CCP1' } })
      .expect(403);
    expect(refused.body.detail).toContain('evaluated by region bre');
  });

  it('lets only the candidate themselves, officers of this region and auditors read a candidate’s evidence', async () => {
    const { candidateId } = await world.candidate().continuousTraining();
    await http().get(`/candidates/${candidateId}/evidence`).set('Authorization', await world.evaluation.bearer('candidate', { subject: candidateId })).expect(200);
    await http().get(`/candidates/${candidateId}/evidence`).set('Authorization', await world.evaluation.bearer('candidate', { subject: 'someone-else' })).expect(403);
    await http().get(`/candidates/${candidateId}/evidence`).set('Authorization', await world.evaluation.bearer('regional-officer', { region: 'ara' })).expect(403);
    await http().get(`/candidates/${candidateId}/evidence`).set('Authorization', await world.evaluation.bearer('auditor', { auditorScope: 'national' })).expect(200);
    await http().post('/assessors').set('Authorization', await world.evaluation.bearer('assessor')).send({}).expect(403);
  });
});
