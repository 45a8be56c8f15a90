import { parseAuditedStores } from './audited-stores-config';

const stores = [{ region: 'idf', service: 'jury', url: 'postgres://titrepro_audit@h/titrepro_idf_jury' }];

describe('the audited stores', () => {
  it('refuses a store twice, an unknown service and a URL that is not PostgreSQL, naming where', () => {
    expect(() => parseAuditedStores(JSON.stringify([...stores, ...stores]))).toThrow(/names each region × service once/);
    expect(() => parseAuditedStores(JSON.stringify([{ ...stores[0], service: 'billing' }]))).toThrow(/0\.service/);
    expect(() => parseAuditedStores(JSON.stringify([{ ...stores[0], url: 'mysql://h/db' }]))).toThrow(/0\.url must be a postgres:\/\/ URL/);
    expect(() => parseAuditedStores('[')).toThrow(/not JSON/);
  });
});
