import { loadConfig } from '@titrepro/platform-nest';
import { auditConfigSchema, parseAuditedStores } from './audit-config';

const base = { REGION: 'idf', DATABASE_URL: 'postgres://a@h/db', KAFKA_BROKERS: 'h:9092', ALLOW_DEVELOPMENT_KEY: 'true' };
const stores = [{ region: 'idf', service: 'jury', url: 'postgres://titrepro_audit@h/titrepro_idf_jury' }];

describe('the audit configuration', () => {
  it('reads the stores from AUDIT_STORES', () => {
    expect(loadConfig(auditConfigSchema, { ...base, AUDIT_STORES: JSON.stringify(stores) }).AUDIT_STORES).toEqual(stores);
  });

  it('needs AUDIT_STORES or AUDIT_STORES_FILE, one of them', () => {
    expect(() => loadConfig(auditConfigSchema, base)).toThrow(/AUDIT_STORES set AUDIT_STORES or AUDIT_STORES_FILE/);
  });

  it('refuses a store twice, an unknown service and a URL that is not PostgreSQL, naming where', () => {
    expect(() => parseAuditedStores(JSON.stringify([...stores, ...stores]))).toThrow(/names each region × service once/);
    expect(() => parseAuditedStores(JSON.stringify([{ ...stores[0], service: 'billing' }]))).toThrow(/0\.service/);
    expect(() => parseAuditedStores(JSON.stringify([{ ...stores[0], url: 'mysql://h/db' }]))).toThrow(/0\.url must be a postgres:\/\/ URL/);
    expect(() => parseAuditedStores('[')).toThrow(/not JSON/);
  });
});
