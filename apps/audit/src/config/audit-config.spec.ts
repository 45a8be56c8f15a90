import { loadConfig } from '@titrepro/platform-nest';
import { auditConfigSchema } from './audit-config';

const base = { REGION: 'idf', DATABASE_URL: 'postgres://a@h/db', KAFKA_BROKERS: 'h:9092', ALLOW_DEVELOPMENT_KEY: 'true' };
const stores = [{ region: 'idf', service: 'jury', url: 'postgres://titrepro_audit@h/titrepro_idf_jury' }];

describe('the audit configuration', () => {
  it('reads the stores from AUDIT_STORES', () => {
    expect(loadConfig(auditConfigSchema, { ...base, AUDIT_STORES: JSON.stringify(stores) }).AUDIT_STORES).toEqual(stores);
  });

  it('needs AUDIT_STORES or AUDIT_STORES_FILE, one of them', () => {
    expect(() => loadConfig(auditConfigSchema, base)).toThrow(/AUDIT_STORES set AUDIT_STORES or AUDIT_STORES_FILE/);
  });
});
