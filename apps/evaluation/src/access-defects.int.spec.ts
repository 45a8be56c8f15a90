import { operationsWriteStatuses, startService, type StartedService } from '@titrepro/service-kit/testing';
import { randomUUID } from 'node:crypto';
import { serviceDefinition } from './service.definition';

/** Defects of issue 18 found as a hostile caller: each answered 200 before the access declarations. */
describe("evaluation of idf: another region's agents are refused", () => {
  let idf: StartedService;

  beforeAll(async () => {
    idf = await startService(serviceDefinition, { region: 'idf' });
  });
  afterAll(async () => {
    await idf.close();
  });

  it("refuses a bre jury member idf's evidence (403), as the jury service does", async () => {
    const candidateId = randomUUID();
    const bre = await idf.bearer('jury-member', { region: 'bre', subject: 'member-bre' });
    const refused = await idf.http().get(`/candidates/${candidateId}/evidence`).set('Authorization', bre);
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toMatch(/region "bre" may not act in region "idf"/);
    const own = await idf.http().get(`/candidates/${candidateId}/evidence`).set('Authorization', await idf.bearer('jury-member', { subject: 'member-idf' }));
    expect(own.status).toBe(200);
  });

  it("refuses a bre operator every operations write of idf's evaluation (403), and lets idf's own through", async () => {
    const refused = await operationsWriteStatuses(idf, await idf.bearer('operator', { region: 'bre' }));
    expect(Object.values(refused)).toEqual(Object.values(refused).map(() => 403));
    const own = await operationsWriteStatuses(idf, await idf.bearer('operator'));
    expect(Object.values(own).filter((status) => status === 401 || status === 403)).toEqual([]);
  });
});
