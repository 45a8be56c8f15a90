import { signDevelopmentClaims, signDevelopmentToken } from '@titrepro/platform-nest';
import { operationsWriteStatuses, startService, type StartedService } from '@titrepro/service-kit/testing';
import { waitFor } from '@titrepro/testing';
import { randomUUID } from 'node:crypto';
import { serviceDefinition } from './service.definition';

/**
 * Defects of issue 18 found as a hostile caller, and the scopes decided: a regional auditor reads
 * their region, a national one (DGEFP) every region, by an explicit claim; a candidate is national.
 */
describe("registry of idf: auditors' scope, candidates' national identity, operators' region", () => {
  let idf: StartedService;
  let candidateId: string;

  beforeAll(async () => {
    idf = await startService(serviceDefinition, { region: 'idf' });
    const registered = await idf
      .http()
      .post('/candidates')
      .set('Authorization', await idf.bearer('regional-officer'))
      .send({ familyName: 'Martin', givenNames: ['Léa'], birthDate: '1990-04-12', contact: { email: 'lea.martin@example.fr' } });
    expect(registered.status).toBe(201);
    candidateId = registered.body.candidateId as string;
    const officer = await idf.bearer('regional-officer');
    await waitFor('the candidate in the read model', async () => (await idf.http().get(`/candidates/${candidateId}`).set('Authorization', officer)).status === 200, 15_000, 50);
  });
  afterAll(async () => {
    await idf.close();
  });

  it("refuses a bre regional auditor idf's candidates, names and birth dates included (403)", async () => {
    const bre = `Bearer ${await signDevelopmentToken({ subject: 'auditor-bre', role: 'auditor', region: 'bre', auditorScope: 'regional' })}`;
    const refused = await idf.http().get(`/candidates/${candidateId}`).set('Authorization', bre);
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toMatch(/region "bre" \(a regional auditor\) may not act in region "idf"/);
    expect((await idf.http().get('/candidates?name=Mart').set('Authorization', bre)).status).toBe(403);
  });

  it("lets a national auditor (DGEFP, of any region) read idf's candidates, and idf's regional auditor", async () => {
    const national = `Bearer ${await signDevelopmentToken({ subject: 'auditor-dgefp', role: 'auditor', region: 'bre', auditorScope: 'national' })}`;
    await idf.http().get(`/candidates/${candidateId}`).set('Authorization', national).expect(200);
    await idf.http().get(`/candidates/${candidateId}`).set('Authorization', await idf.bearer('auditor')).expect(200);
  });

  it('refuses with 401 naming the claim an auditor token that does not say its scope: none is assumed', async () => {
    const unscoped = await signDevelopmentClaims('auditor-x', { role: 'auditor', region: 'idf' });
    const refused = await idf.http().get(`/candidates/${candidateId}`).set('Authorization', `Bearer ${unscoped}`);
    expect(refused.status).toBe(401);
    expect(refused.body.detail).toMatch(/claim "auditor_scope" is required for an auditor/);
  });

  it('lets a candidate, whose token names no region, read their own file and refuses another’s (403)', async () => {
    const own = `Bearer ${await signDevelopmentToken({ subject: candidateId, role: 'candidate' })}`;
    await idf.http().get(`/candidates/${candidateId}`).set('Authorization', own).expect(200);
    const other = await idf.http().get(`/candidates/${randomUUID()}`).set('Authorization', own);
    expect(other.status).toBe(403);
    const withRegion = await signDevelopmentClaims(candidateId, { role: 'candidate', region: 'idf' });
    expect((await idf.http().get(`/candidates/${candidateId}`).set('Authorization', `Bearer ${withRegion}`)).status).toBe(401);
  });

  it("refuses a bre operator every operations write of idf's registry (403)", async () => {
    const refused = await operationsWriteStatuses(idf, await idf.bearer('operator', { region: 'bre' }));
    expect(Object.values(refused)).toEqual(Object.values(refused).map(() => 403));
  });
});
