import { matrixCallers, matrixParam, mismatches, runAccessMatrix, startService, type StartedService } from '@titrepro/service-kit/testing';
import { randomUUID } from 'node:crypto';
import { serviceDefinition } from './service.definition';

/**
 * The access matrix of the registry (docs/authorization.md): every policed route × every caller,
 * on the deployments of two regions, each answer the one the route's declaration gives.
 */
describe('candidate registry: the access matrix of its declarations', () => {
  const deployments: StartedService[] = [];

  beforeAll(async () => {
    for (const region of ['idf', 'bre']) deployments.push(await startService(serviceDefinition, { region }));
  });
  afterAll(async () => {
    for (const deployment of deployments) await deployment.close();
  });

  it.each([['idf', 'bre'], ['bre', 'idf']])('answers every route as declared, on the deployment of %s', async (region, other) => {
    const service = deployments.find((deployment) => deployment.region === region);
    if (!service) throw new Error(`no deployment of ${region}`);
    const candidate = randomUUID();
    const callers = matrixCallers(region, other, { candidate, assessor: 'assessor-1', juryMember: 'member-1' });
    const { routes, cells } = await runAccessMatrix({ service, callers, param: matrixParam({ candidate: { own: candidate, other: randomUUID() } }), label: 'candidate-registry' });
    expect(routes.filter((route) => Object.keys(route.access).length === 0)).toEqual([]);
    expect(routes.length).toBeGreaterThan(15);
    expect(mismatches(cells)).toEqual([]);
  });
});
