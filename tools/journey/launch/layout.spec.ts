import { checkedDatabasePrefix, databaseName, journeyDatabases, journeyEndpoints, journeyPorts } from './layout';

describe('the journey layout', () => {
  it('puts idf on base+1..+4, bre on base+101..+104, the audit on base+5 and the OpenID provider on base+99', () => {
    const endpoints = journeyEndpoints(journeyPorts(3100), '127.0.0.1:9092', '');
    expect(endpoints.regions.idf).toEqual({ registry: 'http://127.0.0.1:3101', evaluation: 'http://127.0.0.1:3102', jury: 'http://127.0.0.1:3103', issuance: 'http://127.0.0.1:3104' });
    expect(endpoints.regions.bre).toEqual({ registry: 'http://127.0.0.1:3201', evaluation: 'http://127.0.0.1:3202', jury: 'http://127.0.0.1:3203', issuance: 'http://127.0.0.1:3204' });
    expect(endpoints.audit).toBe('http://127.0.0.1:3105');
    expect(endpoints.oidcIssuer).toBe('http://127.0.0.1:3199');
    expect(journeyPorts(3100, 4400).oidc).toBe(4400);
  });

  it('keeps the demo, the e2e test and the load bench on ports that never meet', () => {
    const used = (base: number) => {
      const ports = journeyPorts(base);
      return [...Object.values(ports.services.idf), ...Object.values(ports.services.bre), ports.audit, ports.oidc];
    };
    const all = [3100, 4100, 5100].flatMap(used);
    expect(new Set(all).size).toBe(all.length);
  });

  it('refuses a port base whose range leaves the unprivileged ports', () => {
    expect(() => journeyPorts(80)).toThrow(/portBase/);
    expect(() => journeyPorts(65_400)).toThrow(/portBase/);
  });

  it("names the databases as infra/postgres does, under the caller's prefix", () => {
    expect(databaseName('titrepro', 'idf', 'document-issuance')).toBe('titrepro_idf_document_issuance');
    expect(journeyDatabases('titrepro_e2e')).toEqual([
      'titrepro_e2e_idf_candidate_registry',
      'titrepro_e2e_idf_evaluation',
      'titrepro_e2e_idf_jury',
      'titrepro_e2e_idf_document_issuance',
      'titrepro_e2e_idf_keys',
      'titrepro_e2e_bre_candidate_registry',
      'titrepro_e2e_bre_evaluation',
      'titrepro_e2e_bre_jury',
      'titrepro_e2e_bre_document_issuance',
      'titrepro_e2e_bre_keys',
    ]);
  });

  it('refuses a database prefix that is not a plain identifier', () => {
    expect(() => checkedDatabasePrefix('Titre-Pro')).toThrow(/databasePrefix/);
    expect(() => checkedDatabasePrefix('a'.repeat(32))).toThrow(/databasePrefix/);
    expect(checkedDatabasePrefix('titrepro_bench')).toBe('titrepro_bench');
  });
});
