import request from 'supertest';
import { randomBytes } from 'node:crypto';
import { bearer, eventually, periodOf, query, registration, startRegistry, TSGERI, type RegistryTestApp } from '../testing/registry-test-app';

describe('candidate registry commands over HTTP (real PostgreSQL)', () => {
  let registry: RegistryTestApp;
  let officer: string;
  const http = () => request(registry.app.getHttpServer());
  const unique = () => randomBytes(4).toString('hex');
  const streamLength = async (candidateId: string): Promise<number> => {
    const rows = await query<{ count: string }>(registry.database.url, 'SELECT count(*) FROM event_store.events WHERE stream_id = $1', [`candidate-${candidateId}`]);
    return Number(rows[0]?.count);
  };
  const eventCount = async (): Promise<number> =>
    Number((await query<{ count: string }>(registry.database.url, 'SELECT count(*) FROM event_store.events'))[0]?.count);

  const register = async (): Promise<string> => {
    const response = await http().post('/candidates').set('Authorization', officer).send(registration(unique())).expect(201);
    return response.body.candidateId as string;
  };
  const openVae = async (candidateId: string): Promise<string> => {
    const response = await http()
      .post(`/candidates/${candidateId}/pathways`)
      .set('Authorization', officer)
      .send({ titleCode: TSGERI, pathwayType: 'vae' })
      .expect(201);
    return response.body.pathwayId as string;
  };

  beforeAll(async () => {
    registry = await startRegistry();
    officer = await bearer('regional-officer');
  });

  afterAll(async () => {
    await registry?.close();
  });

  it('registers a candidate and serves their summary from the read model', async () => {
    const body = registration(unique());
    const { body: created } = await http().post('/candidates').set('Authorization', officer).send(body).expect(201);
    expect(created.candidateId).toEqual(expect.any(String));
    await eventually('the summary', async () => (await http().get(`/candidates/${created.candidateId}`).set('Authorization', officer)).status === 200);
    const summary = await http().get(`/candidates/${created.candidateId}`).set('Authorization', officer).expect(200);
    expect(summary.body).toMatchObject({ candidateId: created.candidateId, region: 'idf', familyName: body.familyName, email: body.contact.email, erased: false });
    const found = await http().get('/candidates').query({ name: body.familyName.toLowerCase() }).set('Authorization', await bearer('auditor', { auditorScope: 'national' })).expect(200);
    expect(found.body.map((candidate: { candidateId: string }) => candidate.candidateId)).toEqual([created.candidateId]);
  });

  it('refuses a registration with a missing field, naming it, and stores nothing', async () => {
    const before = await eventCount();
    const { familyName: _missing, ...body } = registration(unique());
    const response = await http().post('/candidates').set('Authorization', officer).send(body).expect(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'familyName' })]);
    expect(await eventCount()).toBe(before);
  });

  it('refuses an impossible birth date (2025-02-30), naming the field, and stores nothing', async () => {
    const before = await eventCount();
    const response = await http()
      .post('/candidates')
      .set('Authorization', officer)
      .send({ ...registration(unique()), birthDate: '2025-02-30' })
      .expect(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'birthDate' })]);
    expect(await eventCount()).toBe(before);
  });

  it('refuses a family name holding a NUL (or another control character) with 400 naming familyName, and stores nothing', async () => {
    const before = await eventCount();
    for (const familyName of ['A\u0000B', 'A\u001bB', 'A\ud800B', 'A\ufffeB']) {
      const response = await http().post('/candidates').set('Authorization', officer).send({ ...registration(unique()), familyName }).expect(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'familyName' })]);
    }
    const reason = await http().post('/candidates').set('Authorization', officer).send({ ...registration(unique()), givenNames: ['Ca\u0085mille'] }).expect(400);
    expect(reason.body.errors).toEqual([expect.objectContaining({ field: 'givenNames[0]' })]);
    expect(await eventCount()).toBe(before);
  });

  it('refuses a client-chosen candidate id (the server mints ids), naming candidateId, and stores nothing', async () => {
    const before = await eventCount();
    const response = await http().post('/candidates').set('Authorization', officer).send({ ...registration(unique()), candidateId: 'chosen-1' }).expect(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'candidateId', message: expect.stringContaining('server') })]);
    expect(await streamLength('chosen-1')).toBe(0);
    expect(await eventCount()).toBe(before);
  });

  it('refuses a registration by an officer of another region (403) and by a candidate (403)', async () => {
    const before = await eventCount();
    await http().post('/candidates').set('Authorization', await bearer('regional-officer', { region: 'ara' })).send(registration(unique())).expect(403);
    await http().post('/candidates').set('Authorization', await bearer('candidate')).send(registration(unique())).expect(403);
    await http().post('/candidates').send(registration(unique())).expect(401);
    expect(await eventCount()).toBe(before);
  });

  it('refuses a pathway towards an unknown title and stores nothing', async () => {
    const candidateId = await register();
    const response = await http()
      .post(`/candidates/${candidateId}/pathways`)
      .set('Authorization', officer)
      .send({ titleCode: 'TP-99999', pathwayType: 'vae' });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(JSON.stringify(response.body)).toContain('TP-99999');
    expect(await streamLength(candidateId)).toBe(1);
  });

  it('refuses an experience period ending before it starts, naming experiencePeriods[0].end, and stores nothing', async () => {
    const candidateId = await register();
    const pathwayId = await openVae(candidateId);
    const response = await http()
      .post(`/candidates/${candidateId}/pathways/${pathwayId}/vae-admissibility-requests`)
      .set('Authorization', officer)
      .send({ experiencePeriods: [periodOf('2022-01-01', '2021-01-01')] })
      .expect(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'experiencePeriods[0].end' })]);
    expect(await streamLength(candidateId)).toBe(2);
  });

  // Today's rulebook (vae-jury-2024, since the VAE reform of 2024): no minimum duration, but experience related to the title.
  it('refuses "admissible" without experience related to the title with 422 naming VAE-EXPERIENCE and today’s rulebook, and accepts 3 months', async () => {
    const candidateId = await register();
    const pathwayId = await openVae(candidateId);
    await http()
      .post(`/candidates/${candidateId}/pathways/${pathwayId}/vae-admissibility-requests`)
      .set('Authorization', await bearer('candidate', { subject: candidateId }))
      .send({ experiencePeriods: [{ ...periodOf('2021-01-01', '2023-11-30'), relatedToTitle: false }] })
      .expect(201);
    const refused = await http()
      .post(`/candidates/${candidateId}/pathways/${pathwayId}/vae-admissibility-decision`)
      .set('Authorization', officer)
      .send({ outcome: 'admissible' })
      .expect(422);
    expect(refused.body).toMatchObject({ ruleId: 'VAE-EXPERIENCE', rulebookId: 'vae-jury-2024' });
    expect(await streamLength(candidateId)).toBe(3);

    const other = await register();
    const otherPathway = await openVae(other);
    await http()
      .post(`/candidates/${other}/pathways/${otherPathway}/vae-admissibility-requests`)
      .set('Authorization', officer)
      .send({ experiencePeriods: [periodOf('2023-01-01', '2023-03-31')] })
      .expect(201);
    const pending = async () =>
      ((await http().get('/vae-admissibility-requests/pending').set('Authorization', officer).expect(200)).body as { pathwayId: string }[]).map(
        (request) => request.pathwayId,
      );
    await eventually('the request on the pending list', async () => (await pending()).includes(otherPathway));
    await http().post(`/candidates/${other}/pathways/${otherPathway}/vae-admissibility-decision`).set('Authorization', officer).send({ outcome: 'admissible' }).expect(200);
    await eventually('the decided request off the pending list', async () => !(await pending()).includes(otherPathway));
    const history = await http().get(`/candidates/${other}/history`).set('Authorization', await bearer('auditor', { auditorScope: 'national' })).expect(200);
    expect(history.body.map((entry: { type: string }) => entry.type)).toEqual(['CandidateRegistered', 'PathwayOpened', 'VaeAdmissibilityRequested', 'VaeAdmissibilityDecided']);
    expect(history.body[3]).toMatchObject({ actorRole: 'regional-officer', rulebookId: 'vae-jury-2024', ruleIds: expect.arrayContaining(['VAE-EXPERIENCE']) });
  });

  it("lets a candidate read only their own file (403 for another candidate's)", async () => {
    const candidateId = await register();
    await eventually('the summary', async () => (await http().get(`/candidates/${candidateId}`).set('Authorization', officer)).status === 200);
    await http().get(`/candidates/${candidateId}`).set('Authorization', await bearer('candidate', { subject: candidateId })).expect(200);
    await http().get(`/candidates/${candidateId}`).set('Authorization', await bearer('candidate', { subject: 'someone-else' })).expect(403);
    await http().get(`/candidates/${candidateId}/history`).set('Authorization', await bearer('candidate', { subject: 'someone-else' })).expect(403);
    await http().get('/candidates/unknown-candidate').set('Authorization', officer).expect(404);
  });

  it('keeps acting while its offer of the file awaits an answer, and refuses a second offer (409), storing nothing', async () => {
    const candidateId = await register();
    await http().post(`/candidates/${candidateId}/transfer`).set('Authorization', officer).send({ toRegion: 'ara' }).expect(200);
    const response = await http().post(`/candidates/${candidateId}/transfer`).set('Authorization', officer).send({ toRegion: 'bre' }).expect(409);
    expect(response.body.detail).toContain('transfer to region ara');
    expect(await streamLength(candidateId)).toBe(2);
    await http().post(`/candidates/${candidateId}/pathways`).set('Authorization', officer).send({ titleCode: TSGERI, pathwayType: 'vae' }).expect(201);
  });

  it('describes its routes and request bodies in the OpenAPI document', async () => {
    const document = await http().get('/docs/openapi.json').expect(200);
    expect(Object.keys(document.body.paths)).toEqual(
      expect.arrayContaining(['/candidates', '/candidates/{id}', '/candidates/{id}/pathways/{pathwayId}/vae-admissibility-decision', '/candidates/{id}/history']),
    );
    const registerBody = document.body.paths['/candidates'].post.requestBody.content['application/json'].schema;
    expect(registerBody.required).toEqual(expect.arrayContaining(['familyName', 'givenNames', 'birthDate', 'contact']));
    expect(registerBody.properties).not.toHaveProperty('region');
    expect(registerBody.properties).not.toHaveProperty('candidateId');
  });


  it('lists the titles to any authenticated role', async () => {
    const response = await http().get('/titles').set('Authorization', await bearer('candidate')).expect(200);
    expect(response.body).toEqual(expect.arrayContaining([expect.objectContaining({ code: TSGERI, acronym: 'TSGERI' })]));
  });

  it('refuses a client-chosen pathway id with 400 naming pathwayId, and mints one (a UUIDv7) itself', async () => {
    const candidateId = await register();
    const refused = await http().post(`/candidates/${candidateId}/pathways`).set('Authorization', officer).send({ pathwayId: 'p1', titleCode: TSGERI, pathwayType: 'vae' }).expect(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'pathwayId', message: expect.stringContaining('server') })]);
    const opened = await http().post(`/candidates/${candidateId}/pathways`).set('Authorization', officer).send({ titleCode: TSGERI, pathwayType: 'vae' }).expect(201);
    expect(opened.body.pathwayId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const pathwaysOf = async () => (await http().get(`/candidates/${candidateId}`).set('Authorization', officer)).body.pathways as { pathwayId: string }[] | undefined;
    await eventually('the pathway projected', async () => (await pathwaysOf())?.length === 1);
    expect(await pathwaysOf()).toEqual([expect.objectContaining({ pathwayId: opened.body.pathwayId })]);
  });
});
