import {
  authorizationSection,
  matrixCallers,
  matrixParam,
  matrixRow,
  mismatches,
  policedRoutesOf,
  startService,
  syncedSection,
  type MatrixCell,
  type PolicedRoute,
  type StartedService,
} from '@titrepro/service-kit/testing';
import { randomUUID } from 'node:crypto';
import { serviceDefinition } from './service.definition';

/**
 * The access matrix of the registry (docs/authorization.md): every policed route × every caller,
 * on the deployments of two regions, each answer the one the route's declaration gives.
 */
describe.each([['idf', 'bre'], ['bre', 'idf']] as const)('candidate registry of %s: the access matrix of its declarations', (region, other) => {
  const candidate = randomUUID();
  const callers = matrixCallers(region, other, { candidate, assessor: 'assessor-1', juryMember: 'member-1' });
  const param = matrixParam({ candidate: { own: candidate, other: randomUUID() } });
  let service: StartedService;
  let routes: PolicedRoute[];
  const cells: MatrixCell[] = [];

  beforeAll(async () => {
    service = await startService(serviceDefinition, { region });
    routes = await policedRoutesOf(service);
  });
  afterAll(async () => {
    await service.close();
  });

  it('declares who may call each of its routes', () => {
    expect(routes.filter((route) => Object.keys(route.access).length === 0)).toEqual([]);
    expect(routes.length).toBeGreaterThan(15);
    // docs/authorization.md is generated from these declarations (npm run docs:authorization): stale, it fails here.
    if (region === 'idf') expect(syncedSection('candidate-registry', routes)).toBe(authorizationSection('candidate-registry', routes));
  });

  it.each(callers.map((caller) => [caller.name, caller] as const))('answers %s as declared on every route', async (_, caller) => {
    const row = await matrixRow({ service, routes, caller, param, label: 'candidate-registry' });
    cells.push(...row);
    expect(mismatches(row)).toEqual([]);
  });

  it('covered every route for every caller', () => {
    expect(cells).toHaveLength(routes.length * callers.length);
  });
});
