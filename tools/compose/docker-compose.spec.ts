import { loadConfig, requiredConfigVariables, serviceConfigSchema, verificationKeyFrom } from '@titrepro/platform-nest';
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
}
const compose = parse(readFileSync(join(workspaceRoot, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
};

/** Resolves `${NAME:-default}` the way docker compose does when NAME is unset. */
const withDefaults = (value: string | number): string => String(value).replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1');

describe('docker-compose.yml', () => {
  it('runs PostgreSQL, Kafka, EventStoreDB and the four services', () => {
    expect(Object.keys(compose.services)).toEqual(expect.arrayContaining(['postgres', 'kafka', 'eventstoredb', ...services]));
    expect(compose.services['kafka']?.environment?.['KAFKA_PROCESS_ROLES']).toBe('broker,controller');
  });

  const environmentOf = (service: string): Record<string, string> =>
    Object.fromEntries(Object.entries(compose.services[service]?.environment ?? {}).map(([name, value]) => [name, withDefaults(value)]));

  it.each(services)('sets every variable %s requires, with values its config accepts', (service) => {
    const environment = environmentOf(service);
    expect(Object.keys(environment)).toEqual(expect.arrayContaining(requiredConfigVariables(serviceConfigSchema)));
    expect(() => loadConfig(serviceConfigSchema, environment)).not.toThrow();
  });

  it.each(services)('gives %s a signing key it starts with: the development key, asked for explicitly', (service) => {
    const environment = environmentOf(service);
    expect(environment['ALLOW_DEVELOPMENT_KEY']).toBe('true');
    expect(() => verificationKeyFrom(loadConfig(serviceConfigSchema, environment))).not.toThrow();
  });

  it.each(services)('builds %s from a Dockerfile in infra/docker, for that service', (service) => {
    const build = compose.services[service]?.build;
    expect(build?.args?.['SERVICE']).toBe(service);
    expect(build?.dockerfile).toMatch(/^infra\/docker\//);
    expect(existsSync(join(workspaceRoot, build?.context ?? '', build?.dockerfile ?? ''))).toBe(true);
    expect(existsSync(join(workspaceRoot, 'apps', service, 'src', 'main.ts'))).toBe(true);
  });

  it('publishes no host port twice', () => {
    const hostPorts = Object.values(compose.services).flatMap((service) =>
      (service.ports ?? []).map((mapping) => withDefaults(mapping).split(':').slice(0, -1).join(':')),
    );
    expect(hostPorts.length).toBeGreaterThan(4);
    expect(new Set(hostPorts).size).toBe(hostPorts.length);
  });
});
