import { PostgresEventStore } from '@titrepro/event-store';
import { authorizationSection, matrixCallers, matrixParam, matrixRow, mismatches, policedRoutesOf, startService, syncedSection, type MatrixCell, type PolicedRoute, type StartedService } from '@titrepro/service-kit/testing';
import { createTestDatabase, type TestDatabase } from '@titrepro/testing';
import { randomUUID } from 'node:crypto';
import { serviceDefinition } from './service.definition';

/**
 * The access matrix of the audit (docs/authorization.md): every policed route × every caller, on
 * the audit deployments of two regions reading one (empty) store. Only auditors get in: a regional
 * one in their own region, a national one everywhere.
 */
describe('audit: the access matrix of its declarations', () => {
  let database: TestDatabase;
  const deployments = new Map<string, StartedService>();
  const routes = new Map<string, PolicedRoute[]>();

  beforeAll(async () => {
    database = await createTestDatabase('audit_matrix');
    await (await PostgresEventStore.create({ connectionString: database.url })).close();
    const AUDIT_STORES = JSON.stringify([{ region: 'idf', service: 'jury', url: database.url }]);
    for (const region of ['idf', 'bre']) {
      const service = await startService(serviceDefinition, { region, env: { AUDIT_STORES } });
      deployments.set(region, service);
      routes.set(region, await policedRoutesOf(service));
    }
  });
  afterAll(async () => {
    for (const service of deployments.values()) await service.close();
    await database?.drop();
  });

  describe.each([['idf', 'bre'], ['bre', 'idf']] as const)('on the deployment of %s', (region, other) => {
    const candidate = randomUUID();
    const callers = () => matrixCallers(region, other, { candidate, assessor: 'assessor-1', juryMember: 'member-1' });
    const cells: MatrixCell[] = [];

    it('declares who may call each of its routes', () => {
      const declared = routes.get(region) ?? [];
      expect(declared.filter((route) => Object.keys(route.access).length === 0)).toEqual([]);
      expect(declared.map((route) => route.path).sort()).toEqual(['/candidates/{candidateId}/history', '/candidates/{candidateId}/replay', '/verify']);
      // docs/authorization.md is generated from these declarations (npm run docs:authorization): stale, it fails here.
      if (region === 'idf') expect(syncedSection('audit', declared)).toBe(authorizationSection('audit', declared));
    });

    it.each(matrixCallers(region, other, { candidate, assessor: '', juryMember: '' }).map((caller) => caller.name))('answers %s as declared on every route', async (name) => {
      const caller = callers().find((each) => each.name === name);
      if (!caller) throw new Error(`no caller ${name}`);
      const service = deployments.get(region);
      if (!service) throw new Error(`no deployment of ${region}`);
      const param = matrixParam({ candidate: { own: candidate, other: randomUUID() } });
      const row = await matrixRow({ service, routes: routes.get(region) ?? [], caller, param, label: 'audit' });
      cells.push(...row);
      expect(mismatches(row)).toEqual([]);
    });

    it('covered every route for every caller', () => {
      expect(cells).toHaveLength((routes.get(region) ?? []).length * callers().length);
    });
  });
});
