import { calendarDateInParis } from '@titrepro/domain-kernel';
import { startService, type StartedService } from '@titrepro/service-kit/testing';
import { serviceDefinition } from '../service.definition';

/** What a hostile client sent to the jury's routes (issue 17): refused at the edge, naming what is wrong, storing nothing. */
describe('the jury service at its edge (real PostgreSQL)', () => {
  let service: StartedService;
  let officer: string;
  let member: string;
  let sessionId: string;
  const eventCount = async (): Promise<number> => Number((await service.query<{ count: string }>('SELECT count(*) FROM event_store.events'))[0]?.count);

  beforeAll(async () => {
    service = await startService(serviceDefinition, { region: 'idf' });
    officer = await service.bearer('regional-officer');
    const { body: created } = await service.http().post('/jury-members').set('Authorization', officer).send({ titleCodes: ['TP-00495'], familyName: 'Jurée', givenNames: ['Claire'] }).expect(201);
    const { body: second } = await service.http().post('/jury-members').set('Authorization', officer).send({ titleCodes: ['TP-00495'], familyName: 'Juré', givenNames: ['Paul'] }).expect(201);
    member = await service.bearer('jury-member', { subject: created.memberId as string });
    sessionId = (await service.http().post('/sessions').set('Authorization', officer).send({ titleCode: 'TP-00495', date: calendarDateInParis(new Date()), kind: 'title' }).expect(201)).body.sessionId;
    // Seated, so that what the edge refuses is the body, not the caller (a member off this jury gets 403 first).
    await service.http().put(`/sessions/${sessionId}/jury`).set('Authorization', officer).send({ memberIds: [created.memberId, second.memberId] }).expect(200);
  });

  afterAll(async () => {
    await service?.close();
  });

  it.each([
    ['no body', undefined, undefined, 400],
    ['a JSON array', 'application/json', '[]', 400],
    ['text/plain', 'text/plain', 'interviewed', 415],
    ['XML', 'application/xml', '<interview/>', 415],
    ['an array nested 10,000 deep', 'application/json', `${'['.repeat(10_000)}${']'.repeat(10_000)}`, 400],
  ])('refuses an interview with %s, storing nothing', async (_what, contentType, text, status) => {
    const before = await eventCount();
    let call = service.http().post(`/sessions/${sessionId}/candidates/0199a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b/interview`).set('Authorization', member);
    if (contentType) call = call.set('Content-Type', contentType);
    const response = await (text === undefined ? call : call.send(text));
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    if (status === 400) expect(response.body.errors).toEqual([expect.objectContaining({ field: 'body' })]);
    expect(await eventCount()).toBe(before);
  });

  it('refuses a NUL in a member id of the jury, naming memberIds[1]', async () => {
    const response = await service.http().put(`/sessions/${sessionId}/jury`).set('Authorization', officer).send({ memberIds: ['m-1', 'm\u00002'] }).expect(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'memberIds[1]' })]);
  });

  it('refuses a member named twice as memberIds, the field the client sent (not the server\'s members)', async () => {
    const response = await service.http().put(`/sessions/${sessionId}/jury`).set('Authorization', officer).send({ memberIds: ['m-1', 'm-1'] }).expect(400);
    expect(response.body.errors).toEqual([{ field: 'memberIds', message: 'must not name a member twice' }]);
  });

  it('refuses a NUL in the candidate id of a convocation, naming candidateId, before reading any file', async () => {
    const response = await service.http().post(`/sessions/${sessionId}/candidates`).set('Authorization', officer).send({ candidateId: 'c\u0000' }).expect(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'candidateId' })]);
  });

  it.each([['/sessions/%00'], ['/sessions/s%00/minutes'], ['/jury-members/%7F'], ['/candidates/%E2%80%AE']])('refuses GET %s with 400 naming the path parameter', async (path) => {
    const response = await service.http().get(path).set('Authorization', officer);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.field).toMatch(/^(sessionId|memberId|candidateId)$/);
  });

  it('answers a jury member whose token subject is no member id 403 saying so, not a 400 about memberId', async () => {
    const stranger = await service.bearer('jury-member', { subject: 'jury-member@idf' });
    const response = await service.http().post(`/sessions/${sessionId}/candidates/0199a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b/interview`).set('Authorization', stranger).send({}).expect(403);
    expect(response.body.detail).toContain('jury-member@idf');
    expect(response.body.errors).toBeUndefined();
  });
});
