import { addDays, calendarDateInParis } from '@titrepro/domain-kernel';
import { TSGERI } from '@titrepro/service-kit/testing';
import { startJuryWorld, type JuryWorld } from '../testing/jury-world';

const ecfMissing = (ccpCode: string) => ({ key: `ecf:${ccpCode}`, en: `ECF for ${ccpCode}` });
/** Session dates follow the real day (the services read the clock), so they stay within DATE_RANGES.sessionDate. */
const today = calendarDateInParis(new Date());
const daysFromToday = (days: number) => addDays(today, days);

// The jury API against two real jury services (PostgreSQL, Kafka): refusals are 4xx naming the
// rule or field and store nothing; roles and regions are checked; the minutes guard decisions.
describe('jury API: rules, refusals, roles and sealed minutes (real PostgreSQL and Kafka)', () => {
  let world: JuryWorld;
  const idf = () => world.idf.service;
  const sessionLength = async (sessionId: string) =>
    Number((await idf().query<{ count: string }>('SELECT count(*) AS count FROM event_store.events WHERE stream_id = $1', [`jurysession-${sessionId}`]))[0]?.count);

  beforeAll(async () => {
    world = await startJuryWorld();
  });

  afterAll(async () => {
    await world?.close();
  });

  it('records exactly one of two conflicting deliberations posted at the same moment; the other gets 409', async () => {
    const candidate = await world.candidate().continuousTraining().evidenceComplete();
    const members = await world.idf.members(2);
    const sessionId = await world.idf.session({ kind: 'title', date: daysFromToday(-17), memberIds: members });
    await idf().http().post(`/sessions/${sessionId}/candidates`).set('Authorization', await world.idf.officer()).send({ candidateId: candidate.candidateId }).expect(201);
    const [first, second] = await Promise.all(members.map((memberId) => world.idf.asMember(memberId)));
    const deliberate = (token: string | undefined, outcome: object) =>
      idf().http().post(`/sessions/${sessionId}/candidates/${candidate.candidateId}/deliberation`).set('Authorization', token ?? '').send({ outcome });
    const answers = await Promise.all([deliberate(first, { kind: 'title-awarded' }), deliberate(second, { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP1'] })]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    const refused = answers.find((answer) => answer.status === 409);
    expect(refused?.body.detail).toMatch(/already/);
    const decisions = await idf().query(`SELECT data FROM event_store.events WHERE stream_id = $1 AND type = 'DeliberationRecorded'`, [`jurysession-${sessionId}`]);
    expect(decisions).toHaveLength(1);
  });

  it('refuses a decision after sealing without a rectification, and publishes a rectification with its rules', async () => {
    const candidate = await world.candidate().continuousTraining().evidenceComplete();
    const members = await world.idf.members(2);
    const sessionId = await world.idf.session({ kind: 'title', date: daysFromToday(-16), memberIds: members });
    const decisionId = await world.idf.decideAndSeal(sessionId, candidate.candidateId, { kind: 'title-awarded' }, members);
    const before = await sessionLength(sessionId);
    const late = await idf()
      .http()
      .post(`/sessions/${sessionId}/candidates/${candidate.candidateId}/deliberation`)
      .set('Authorization', await world.idf.asMember(members[0] ?? ''))
      .send({ outcome: { kind: 'title-not-awarded', ccpCodesAwarded: [] }, revises: decisionId })
      .expect(409);
    expect(late.body.detail).toMatch(/RectifyDecision/);
    expect(await sessionLength(sessionId)).toBe(before);

    const officer = await world.idf.officer();
    const noReason = await idf().http().post(`/sessions/${sessionId}/decisions/${decisionId}/rectifications`).set('Authorization', officer).send({ outcome: { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP1', 'CCP2'] } }).expect(400);
    expect(noReason.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
    await idf()
      .http()
      .post(`/sessions/${sessionId}/decisions/${decisionId}/rectifications`)
      .set('Authorization', officer)
      .send({ outcome: { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP1', 'CCP2'] }, reason: 'Erreur matérielle dans le procès-verbal : le titre n’a pas été délibéré.' })
      .expect(201);
    const rectified = await world.awards.until('the rectification', (message) => message.type === 'DecisionRectified' && message.payload.decisionId === decisionId);
    expect(rectified.payload).toMatchObject({ previousOutcome: { kind: 'title-awarded' }, outcome: { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP1', 'CCP2'] }, ccpCodesAwarded: ['CCP1', 'CCP2'] });
    expect(rectified.payload.ruleIds).toEqual(expect.arrayContaining(['JURY-OUTCOME', 'CAPITALISATION-WINDOW']));
    expect(JSON.stringify(rectified.payload)).not.toContain('Erreur matérielle');
  });

  it('refuses to convene a continuous-training candidate without the ECF for CCP2, naming it, storing nothing', async () => {
    const candidate = await world.candidate().continuousTraining().evidence({ missing: [ecfMissing('CCP2')] });
    const members = await world.idf.members(1);
    const sessionId = await world.idf.session({ kind: 'title', date: daysFromToday(-15), memberIds: members });
    const before = await sessionLength(sessionId);
    const response = await idf().http().post(`/sessions/${sessionId}/candidates`).set('Authorization', await world.idf.officer()).send({ candidateId: candidate.candidateId }).expect(422);
    expect(response.body).toMatchObject({ ruleId: 'EVIDENCE-CONTINUOUS' });
    expect(response.body.detail).toContain('ECF for CCP2');
    expect(await sessionLength(sessionId)).toBe(before);
  });

  it('refuses to convene a VAE candidate without admissibility, under VAE-ADMISSIBILITY', async () => {
    const candidate = await world.candidate().vae().evidenceComplete();
    // Since 13 April 2024 a VAE jury sits at least two members (D. 6412-6, rulebook vae-jury-2024).
    const members = await world.idf.members(2);
    // Admissibility is decided today: the session must come after it.
    const sessionId = await world.idf.session({ kind: 'title', date: daysFromToday(39), memberIds: members });
    const officer = await world.idf.officer();
    const refused = await idf().http().post(`/sessions/${sessionId}/candidates`).set('Authorization', officer).send({ candidateId: candidate.candidateId }).expect(422);
    expect(refused.body).toMatchObject({ ruleId: 'VAE-ADMISSIBILITY' });
    await candidate.admissible();
    const admitted = await idf().http().post(`/sessions/${sessionId}/candidates`).set('Authorization', officer).send({ candidateId: candidate.candidateId });
    expect(admitted.body).toEqual({ sessionId, candidateId: candidate.candidateId });
  });

  it("refuses a jury whose member trained a convened candidate, naming the member and JURY-PROFESSIONALS", async () => {
    const candidate = await world.candidate().continuousTraining().evidenceComplete();
    const trainerAssessorId = `assessor-${candidate.candidateId.slice(0, 8)}`;
    await candidate.trainers([trainerAssessorId]);
    const [trainerMember] = await world.idf.members(1, { assessorId: trainerAssessorId });
    const [otherMember] = await world.idf.members(1);
    const officer = await world.idf.officer();
    const { body: created } = await idf().http().post('/sessions').set('Authorization', officer).send({ titleCode: TSGERI, date: daysFromToday(-14), kind: 'title' }).expect(201);
    await idf().http().post(`/sessions/${created.sessionId}/candidates`).set('Authorization', officer).send({ candidateId: candidate.candidateId }).expect(201);
    const before = await sessionLength(created.sessionId);
    const refused = await idf().http().put(`/sessions/${created.sessionId}/jury`).set('Authorization', officer).send({ memberIds: [otherMember, trainerMember] }).expect(422);
    expect(refused.body).toMatchObject({ ruleId: 'JURY-PROFESSIONALS' });
    expect(refused.body.detail).toContain(trainerMember);
    expect(await sessionLength(created.sessionId)).toBe(before);
  });

  it('checks roles and regions: officers of this region schedule, members of that jury decide, home regions convene', async () => {
    const http = idf().http();
    const schedule = { titleCode: TSGERI, date: daysFromToday(-13), kind: 'title' };
    await http.post('/sessions').set('Authorization', await idf().bearer('candidate', { subject: 'someone' })).send(schedule).expect(403);
    await http.post('/sessions').set('Authorization', await idf().bearer('regional-officer', { region: 'bre' })).send(schedule).expect(403);

    const candidate = await world.candidate().continuousTraining().evidenceComplete();
    const members = await world.idf.members(1);
    const [outsider] = await world.idf.members(1);
    const sessionId = await world.idf.session({ kind: 'title', date: daysFromToday(-13), memberIds: members });
    await http.post(`/sessions/${sessionId}/candidates`).set('Authorization', await world.idf.officer()).send({ candidateId: candidate.candidateId }).expect(201);
    const notOnTheJury = await http
      .post(`/sessions/${sessionId}/candidates/${candidate.candidateId}/deliberation`)
      .set('Authorization', await world.idf.asMember(outsider ?? ''))
      .send({ outcome: { kind: 'title-awarded' } })
      .expect(403);
    expect(notOnTheJury.body.detail).toContain(outsider);

    const breCandidate = await world.candidate().inRegion('bre').continuousTraining();
    const elsewhere = await http.post(`/sessions/${sessionId}/candidates`).set('Authorization', await world.idf.officer()).send({ candidateId: breCandidate.candidateId }).expect(403);
    expect(elsewhere.body.detail).toContain('bre');
  });

  it('does not count for a session a DSPP submitted after its date (EVIDENCE-DATED): 422 naming the rule and the piece, nothing stored; counts it for a session on the day', async () => {
    const candidate = await world.candidate().continuousTraining().dspp(new Date()).evidence({ present: [{ key: 'dspp:CCP1', en: 'DSPP for activité type CCP1' }] });
    const members = await world.idf.members(1);
    const pastSessionId = await world.idf.session({ kind: 'title', date: addDays(today, -20), memberIds: members });
    const before = await sessionLength(pastSessionId);
    const officer = await world.idf.officer();
    const refused = await idf().http().post(`/sessions/${pastSessionId}/candidates`).set('Authorization', officer).send({ candidateId: candidate.candidateId }).expect(422);
    expect(refused.body).toMatchObject({ ruleId: 'EVIDENCE-DATED' });
    expect(refused.body.detail).toContain(`after the session of ${addDays(today, -20)}`);
    expect(refused.body.detail).toContain(`DSPP for activité type CCP1 (${today})`);
    expect(await sessionLength(pastSessionId)).toBe(before);
    const todaysSessionId = await world.idf.session({ kind: 'title', date: today, memberIds: members });
    await idf().http().post(`/sessions/${todaysSessionId}/candidates`).set('Authorization', officer).send({ candidateId: candidate.candidateId }).expect(201);
  });

  it('refuses a session date outside its plausible range with 400 naming date and the range, storing nothing', async () => {
    const officer = await world.idf.officer();
    for (const date of ['2999-12-31', '2020-06-01', '1800-01-01']) {
      const response = await idf().http().post('/sessions').set('Authorization', officer).send({ titleCode: TSGERI, date, kind: 'title' }).expect(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.errors).toEqual([{ field: 'date', message: expect.stringContaining('must be a session date, from 1 year before today') }]);
    }
    expect(await idf().query(`SELECT 1 FROM event_store.events WHERE type = 'ValidationSessionScheduled' AND data->>'date' IN ('2999-12-31', '2020-06-01', '1800-01-01')`)).toEqual([]);
  });

  it('answers bad input with 400 naming the field, and never lets a client choose a server field', async () => {
    const officer = await world.idf.officer();
    const http = idf().http();
    const badDate = await http.post('/sessions').set('Authorization', officer).send({ titleCode: TSGERI, date: '2026-13-01', kind: 'title' }).expect(400);
    expect(badDate.body.errors).toEqual([expect.objectContaining({ field: 'date' })]);
    const members = await world.idf.members(1);
    const sessionId = await world.idf.session({ kind: 'title', date: daysFromToday(-11), memberIds: members });
    const nobody = await http.post(`/sessions/${sessionId}/candidates`).set('Authorization', officer).send({}).expect(400);
    expect(nobody.body.errors).toEqual([{ field: 'candidateId', message: expect.stringContaining('required') }]);
    const refusedDate = daysFromToday(-6);
    const chosenId = await http.post('/sessions').set('Authorization', officer).send({ sessionId: 'mine', titleCode: TSGERI, date: refusedDate, kind: 'title' }).expect(400);
    expect(chosenId.body.errors).toEqual([expect.objectContaining({ field: 'sessionId' })]);
    const ccsOfTsgeri = await http.post('/sessions').set('Authorization', officer).send({ titleCode: TSGERI, date: refusedDate, kind: 'ccs', ccsCode: 'CCS1' });
    expect([400, 422]).toContain(ccsOfTsgeri.status);
    expect(ccsOfTsgeri.body.detail).toMatch(/^ccsCode: title TP-00495 has no CCS/);
    expect(await idf().query(`SELECT 1 FROM event_store.events WHERE type = 'ValidationSessionScheduled' AND data->>'date' = $1`, [refusedDate])).toEqual([]);
  });
});
