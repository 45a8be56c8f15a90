import { EVENT_STORE } from '@titrepro/service-kit';
import { allCompetences, CCP_CODES, dumpDatabase, type TopicLog } from '@titrepro/service-kit/testing';
import type { EventStore } from '@titrepro/event-store';
import { waitFor } from '@titrepro/testing';
import { pdfWith, startEvaluationWorld, type EvaluationWorld } from '../testing/evaluation-world';

// A reader of the evaluation's topic playing the jury: it sees the evidence as it is recorded, and
// the completeness of a continuous-training candidate change piece by piece.
describe('evidence on Kafka, and erasure (real PostgreSQL and Kafka)', () => {
  let world: EvaluationWorld;
  let jury: TopicLog;
  const http = () => world.evaluation.http();
  const ofCandidate = (candidateId: string, type?: string) => jury.messages.filter((event) => event.key === candidateId && (type === undefined || event.type === type));

  beforeAll(async () => {
    world = await startEvaluationWorld();
    jury = await world.world.listen('evaluation');
  });

  afterAll(async () => {
    await world?.close();
  });

  it("publishes each piece of a continuous-training candidate's evidence, and the completeness shrinking to complete", async () => {
    const { candidateId, pathwayId } = await world.candidate().continuousTraining();
    const trainer = await world.assessor('trainer');
    const professional = await world.assessor('professional');
    const officer = await world.evaluation.bearer('regional-officer');
    const asTrainer = await world.evaluation.bearer('assessor', { subject: trainer });
    const asProfessional = await world.evaluation.bearer('assessor', { subject: professional });
    const missingNow = async (count: number) => {
      await waitFor(`${count} completeness changes on Kafka`, async () => ofCandidate(candidateId, 'EvidenceCompletenessChanged').length >= count, 30_000, 100);
      return ofCandidate(candidateId, 'EvidenceCompletenessChanged')[count - 1]?.payload as { complete: boolean; missing: { key: string; en: string }[] };
    };

    let changes = 1;
    const first = await missingNow(changes);
    expect(first.complete).toBe(false);
    expect(first.missing.map((item) => item.en)).toEqual(expect.arrayContaining(['ECF for CCP1', 'ECF for CCP2', 'ECF for CCP3']));

    for (const ccpCode of CCP_CODES) {
      await world.assign(candidateId, pathwayId, trainer, { kind: 'ecf', ccpCode });
      await http().post(`/candidates/${candidateId}/pathways/${pathwayId}/training-evaluations`).set('Authorization', asTrainer).send({ ccpCode, evaluatedOn: '2026-11-20', result: 'passed' }).expect(201);
      changes += 1;
      const after = await missingNow(changes);
      expect(after.missing.map((item) => item.key)).not.toContain(`ecf:${ccpCode}`);
    }

    const candidate = await world.evaluation.bearer('candidate', { subject: candidateId });
    const upload = http().post(`/candidates/${candidateId}/pathways/${pathwayId}/dspp`).set('Authorization', candidate);
    for (const ccpCode of CCP_CODES) upload.attach(ccpCode, pdfWith(`DSPP ${ccpCode} de ${candidateId}`), `${ccpCode}.pdf`);
    const { body: dspp } = await upload.expect(201);
    changes += 1;
    expect((await missingNow(changes)).missing.some((item) => item.key.startsWith('dspp'))).toBe(false);

    const { body: scheduled } = await http().post(`/candidates/${candidateId}/pathways/${pathwayId}/practical-assessments`).set('Authorization', officer).send({ target: { kind: 'title-synthesis' }, scheduledOn: '2026-11-26' }).expect(201);
    await world.assign(candidateId, pathwayId, professional, { kind: 'practical-assessment', assessmentId: scheduled.assessmentId });
    await http()
      .post(`/candidates/${candidateId}/practical-assessments/${scheduled.assessmentId}/result`)
      .set('Authorization', asProfessional)
      .send({ heldOn: '2026-11-26', outcomes: allCompetences().map((competence) => ({ competence, outcome: 'acquired' })) })
      .expect(201);
    changes += 1;
    expect(await missingNow(changes)).toMatchObject({ complete: true, missing: [] });

    const types = new Set(ofCandidate(candidateId).map((event) => event.type));
    expect(types).toEqual(new Set(['EvidenceCompletenessChanged', 'TrainingEvaluationRecorded', 'DsppSubmitted', 'PracticalAssessmentRecorded', 'CandidateTrainersChanged']));
    const trainers = ofCandidate(candidateId, 'CandidateTrainersChanged').at(-1)?.payload;
    expect(trainers).toMatchObject({ trainerIds: [trainer] });
    const submitted = ofCandidate(candidateId, 'DsppSubmitted')[0]?.payload as { documents: { sha256: string }[] };
    expect(submitted.documents.map((document) => document.sha256)).toEqual((dspp.documents as { sha256: string }[]).map((document) => document.sha256));
    // The read model follows the store through its projection, which may come after the relay to Kafka.
    const evidenceNow = async () => (await http().get(`/candidates/${candidateId}/evidence`).set('Authorization', candidate).expect(200)).body as { complete: boolean }[];
    await waitFor('the evidence view complete', async () => (await evidenceNow())[0]?.complete === true, 30_000, 100);
    expect(await evidenceNow()).toEqual([expect.objectContaining({ pathwayId, complete: true })]);
  });

  it('after erasure, the DSPP cannot be read (410) and a dump of the database holds none of its text, while the hashes still verify', async () => {
    const registered = await world.candidate().vae();
    const { candidateId, pathwayId } = registered;
    const secret = `Ottoline Quiñonez-Vandersteen ${candidateId}`;
    const candidate = await world.evaluation.bearer('candidate', { subject: candidateId });
    const upload = http().post(`/candidates/${candidateId}/pathways/${pathwayId}/dspp`).set('Authorization', candidate);
    for (const ccpCode of CCP_CODES) upload.attach(ccpCode, pdfWith(`${secret} — ${ccpCode}`), `${ccpCode}.pdf`);
    const { body: dspp } = await upload.expect(201);
    const [document] = dspp.documents as { documentId: string; sha256: string }[];
    const download = await http().get(`/candidates/${candidateId}/dspp/documents/${document?.documentId}`).set('Authorization', candidate).expect(200);
    expect(Buffer.from(download.body as Buffer).toString('utf8')).toContain(secret);

    await registered.erased();
    await waitFor('the erasure reactor to forget the key', async () => (await world.evaluation.queryKeys('SELECT 1 FROM evaluation.forgotten_subjects WHERE subject_id = $1', [candidateId])).length === 1, 30_000, 100);
    await http().get(`/candidates/${candidateId}/dspp/documents/${document?.documentId}`).set('Authorization', candidate).expect(410);
    const dump = `${await dumpDatabase(world.evaluation.database.url)}\n${await dumpDatabase(world.evaluation.keyDatabase.url)}`;
    expect(dump).toContain(candidateId);
    expect(dump).not.toContain('Quiñonez-Vandersteen');
    expect(dump).not.toContain(Buffer.from('Quiñonez-Vandersteen').toString('hex'));
    expect(await world.evaluation.app.get<EventStore>(EVENT_STORE).verifyAll()).toMatchObject({ ok: true });
    expect((await world.evaluation.query<{ sha256: string }>('SELECT sha256 FROM service_kit.sealed_documents WHERE document_id = $1', [document?.documentId]))[0]?.sha256).toBe(document?.sha256);
  });
});
