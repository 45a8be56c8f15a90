import { authorizationSection, matrixCallers, matrixParam, matrixRow, mismatches, operationsWriteStatuses, policedRoutesOf, syncedSection, type MatrixCell, type MatrixResources, type PolicedRoute } from '@titrepro/service-kit/testing';
import { startIssuanceWorld, type IssuanceWorld } from './testing/issuance-world';

/**
 * The access matrix of the issuance (docs/authorization.md): every policed route × every caller, on
 * the deployments of two regions. The candidate caller holds a parchemin issued there; another
 * candidate holds another.
 */
describe('document issuance: the access matrix of its declarations', () => {
  let world: IssuanceWorld;
  const resources = new Map<string, MatrixResources>();
  const routes = new Map<string, PolicedRoute[]>();

  beforeAll(async () => {
    world = await startIssuanceWorld();
  });
  for (const region of ['idf', 'bre'] as const) {
    beforeAll(async () => {
      const holder = async (familyName: string) => {
        const { candidateId } = await world.candidate().inRegion(region).named({ familyName, givenNames: ['Matrice'] }).titleAwarded();
        const [document] = await world.untilDocuments(world[region], candidateId, 1);
        if (!document) throw new Error(`no document of ${candidateId}`);
        return { candidateId, documentId: document.documentId };
      };
      const [own, another] = [await holder('Tableau'), await holder('Autrui')];
      resources.set(region, { candidate: { own: own.candidateId, other: another.candidateId }, document: { own: own.documentId, other: another.documentId } });
      routes.set(region, await policedRoutesOf(world[region]));
    });
  }
  afterAll(async () => {
    await world.close();
  });

  describe.each([['idf', 'bre'], ['bre', 'idf']] as const)('on the deployment of %s', (region, other) => {
    const callers = () => matrixCallers(region, other, { candidate: resources.get(region)?.candidate.own ?? '', assessor: 'assessor-1', juryMember: 'member-1' });
    const cells: MatrixCell[] = [];

    it('declares who may call each of its routes', () => {
      const declared = routes.get(region) ?? [];
      expect(declared.filter((route) => Object.keys(route.access).length === 0)).toEqual([]);
      expect(declared.length).toBeGreaterThan(5);
      // docs/authorization.md is generated from these declarations (npm run docs:authorization): stale, it fails here.
      if (region === 'idf') expect(syncedSection('document-issuance', declared)).toBe(authorizationSection('document-issuance', declared));
    });

    it.each(matrixCallers(region, other, { candidate: '', assessor: '', juryMember: '' }).map((caller) => caller.name))('answers %s as declared on every route', async (name) => {
      const caller = callers().find((each) => each.name === name);
      const own = resources.get(region);
      if (!caller || !own) throw new Error(`no caller ${name} or resources`);
      const row = await matrixRow({ service: world[region], routes: routes.get(region) ?? [], caller, param: matrixParam(own), label: 'document-issuance' });
      cells.push(...row);
      expect(mismatches(row)).toEqual([]);
    });

    it('covered every route for every caller', () => {
      expect(cells).toHaveLength((routes.get(region) ?? []).length * callers().length);
    });
  });

  it("refuses a bre operator every operations write of idf's issuance (403; it has no relay, hence no relay route)", async () => {
    const { '/operations/relay/parked/matrix-stream/retry': noRelay, ...refused } = await operationsWriteStatuses(world.idf, await world.idf.bearer('operator', { region: 'bre' }));
    expect(noRelay).toBe(404);
    expect(Object.values(refused)).toEqual(Object.values(refused).map(() => 403));
  });
});
