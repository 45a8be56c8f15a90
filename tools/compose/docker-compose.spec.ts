import { loadConfig, requiredConfigVariables, serviceConfigSchema, verificationKeyFrom } from '@titrepro/platform-nest';
import { kitConfigSchema } from '@titrepro/service-kit';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** No Docker engine here: the compose file is checked by reading it. */
const workspaceRoot = join(__dirname, '..', '..');
const services = ['candidate-registry', 'evaluation', 'jury', 'document-issuance'];

interface ComposeService {
  build?: { context: string; dockerfile: string; args?: Record<string, string> };
  environment?: Record<string, string | number>;
  ports?: string[];
  volumes?: string[];
}
const compose = parse(readFileSync(join(workspaceRoot, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
};

/** Resolves `${NAME:-default}` the way docker compose does when NAME is unset. */
const withDefaults = (value: string | number): string => String(value).replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1');

describe('docker-compose.yml', () => {
  it('runs PostgreSQL, Kafka, EventStoreDB, the four services and the audit', () => {
    expect(Object.keys(compose.services)).toEqual(expect.arrayContaining(['postgres', 'kafka', 'eventstoredb', ...services, 'audit']));
    expect(compose.services['kafka']?.environment?.['KAFKA_PROCESS_ROLES']).toBe('broker,controller');
  });

  const environmentOf = (service: string): Record<string, string> =>
    Object.fromEntries(Object.entries(compose.services[service]?.environment ?? {}).map(([name, value]) => [name, withDefaults(value)]));

  it.each(services)('sets every variable %s requires, with values its config accepts', (service) => {
    const environment = environmentOf(service);
    expect(Object.keys(environment)).toEqual(expect.arrayContaining(requiredConfigVariables(serviceConfigSchema)));
    expect(() => loadConfig(serviceConfigSchema, environment)).not.toThrow();
  });

  it("keeps two regions' four services within PostgreSQL's default max_connections (100), its 3 superuser slots and a headroom of 5", () => {
    expect((compose.services['postgres'] as { command?: string[] }).command).toEqual(['postgres', '-c', 'max_connections=100']);
    const budgets = services.map((service) => Number(environmentOf(service)['DATABASE_POOL_SIZE']));
    expect(budgets.every((budget) => Number.isInteger(budget) && budget > 0)).toBe(true);
    const regions = 2;
    expect(regions * budgets.reduce((sum, budget) => sum + budget, 0)).toBeLessThanOrEqual(100 - 3 - 5);
  });

  it.each(services)('gives %s a signing key it starts with: the development key, asked for explicitly', (service) => {
    const environment = environmentOf(service);
    expect(environment['ALLOW_DEVELOPMENT_KEY']).toBe('true');
    expect(() => verificationKeyFrom(loadConfig(serviceConfigSchema, environment))).not.toThrow();
  });

  it.each(services)('keeps the subject keys of %s in the region’s key database, apart from its events, as the kit requires', (service) => {
    const environment = environmentOf(service);
    expect(environment['KEY_STORE_URL']).toBe('postgres://postgres@postgres:5432/titrepro_idf_keys');
    expect(() => loadConfig(kitConfigSchema, environment)).not.toThrow();
  });

  it.each(services)('builds %s from a Dockerfile in infra/docker, for that service', (service) => {
    const build = compose.services[service]?.build;
    expect(build?.args?.['SERVICE']).toBe(service);
    expect(build?.dockerfile).toMatch(/^infra\/docker\//);
    expect(existsSync(join(workspaceRoot, build?.context ?? '', build?.dockerfile ?? ''))).toBe(true);
    expect(existsSync(join(workspaceRoot, 'apps', service, 'src', 'main.ts'))).toBe(true);
  });

  it.each(services)('connects %s to Kafka over SASL_SSL as its region, with the CA and password files of the init volumes', (service) => {
    const config = loadConfig(serviceConfigSchema, environmentOf(service));
    expect(config).toMatchObject({
      KAFKA_BROKERS: ['kafka:9094'],
      KAFKA_SECURITY_PROTOCOL: 'sasl_ssl',
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: 'region-idf',
    });
    const mountedDirectories = (compose.services[service]?.volumes ?? []).map((volume) => volume.split(':')[1]);
    for (const file of [config.KAFKA_TLS_CA_FILE, config.KAFKA_SASL_PASSWORD_FILE]) {
      expect(mountedDirectories).toContain(file?.slice(0, file.lastIndexOf('/')));
    }
  });

  it('lets other containers reach Kafka only over SASL_SSL, and nobody without an ACL', () => {
    const kafka = environmentOf('kafka');
    const protocolOf = new Map((kafka['KAFKA_LISTENER_SECURITY_PROTOCOL_MAP'] ?? '').split(',').map((entry) => entry.split(':') as [string, string]));
    for (const listener of (kafka['KAFKA_LISTENERS'] ?? '').split(',')) {
      const [name = '', address = ''] = listener.split('://');
      if (protocolOf.get(name) !== 'SASL_SSL') expect(`${name} on ${address}`).toMatch(/ on 127\.0\.0\.1:/);
    }
    expect(kafka).toMatchObject({ KAFKA_SASL_ENABLED_MECHANISMS: 'SCRAM-SHA-512', KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND: 'false' });
  });

  it("runs the audit on the region's four event stores, through the read-only role, never a key database", () => {
    const environment = environmentOf('audit');
    expect(() => loadConfig(serviceConfigSchema, environment)).not.toThrow();
    const stores = JSON.parse(environment['AUDIT_STORES'] ?? '[]') as { region: string; service: string; url: string }[];
    expect(stores.map((store) => store.service)).toEqual(services);
    for (const store of stores) {
      expect(store.region).toBe('idf');
      expect(store.url).toBe(`postgres://titrepro_audit@postgres:5432/titrepro_idf_${store.service.replace(/-/g, '_')}`);
    }
    expect(environment['DATABASE_URL']).toBe(stores[0]?.url);
    expect(compose.services['audit']?.build?.args?.['SERVICE']).toBe('audit');
  });

  it('publishes no host port twice', () => {
    const hostPorts = Object.values(compose.services).flatMap((service) =>
      (service.ports ?? []).map((mapping) => withDefaults(mapping).split(':').slice(0, -1).join(':')),
    );
    expect(hostPorts.length).toBeGreaterThan(4);
    expect(new Set(hostPorts).size).toBe(hostPorts.length);
  });
});
