import { operationsWriteStatuses, startService, type StartedService } from '@titrepro/service-kit/testing';
import { serviceDefinition } from './service.definition';

/** Defects of issue 18 found as a hostile caller: each was let through before the access declarations. */
describe('jury of idf: a session is its jury’s, an operator operates their own region', () => {
  let idf: StartedService;

  beforeAll(async () => {
    idf = await startService(serviceDefinition, { region: 'idf' });
  });
  afterAll(async () => {
    await idf.close();
  });

  const members = async (count: number): Promise<string[]> => {
    const officer = await idf.bearer('regional-officer');
    const ids: string[] = [];
    for (let index = 0; index < count; index += 1) {
      const { body } = await idf.http().post('/jury-members').set('Authorization', officer).send({ titleCodes: ['TP-00495'], familyName: `Juré${index}`, givenNames: ['Anne'] }).expect(201);
      ids.push(body.memberId as string);
    }
    return ids;
  };

  it("refuses a session's unsealed minutes to a jury member of the region who does not sit on it (403); its jury, the officer and auditors read them", async () => {
    const officer = await idf.bearer('regional-officer');
    const [seated, alsoSeated, elsewhere] = await members(3);
    const { body: session } = await idf.http().post('/sessions').set('Authorization', officer).send({ titleCode: 'TP-00495', date: '2026-12-21', kind: 'title' }).expect(201);
    await idf.http().put(`/sessions/${session.sessionId}/jury`).set('Authorization', officer).send({ memberIds: [seated, alsoSeated] }).expect(200);
    const minutes = `/sessions/${session.sessionId}/minutes`;

    const refused = await idf.http().get(minutes).set('Authorization', await idf.bearer('jury-member', { subject: elsewhere }));
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toMatch(/does not sit on the jury of session/);
    expect((await idf.http().get(`/sessions/${session.sessionId}`).set('Authorization', await idf.bearer('jury-member', { subject: elsewhere }))).status).toBe(403);
    await idf.http().get(minutes).set('Authorization', await idf.bearer('jury-member', { subject: seated })).expect(200);
    await idf.http().get(minutes).set('Authorization', officer).expect(200);
    await idf.http().get(minutes).set('Authorization', await idf.bearer('auditor')).expect(200);
  });

  it("refuses a bre operator every operations write of idf's jury (403: the discard that dropped an event for good), and lets idf's own through", async () => {
    const refused = await operationsWriteStatuses(idf, await idf.bearer('operator', { region: 'bre' }));
    expect(Object.values(refused)).toEqual(Object.values(refused).map(() => 403));
    const own = await operationsWriteStatuses(idf, await idf.bearer('operator'));
    expect(Object.values(own).filter((status) => status === 401 || status === 403)).toEqual([]);
  });
});
