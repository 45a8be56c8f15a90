import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SERVICE_NODE_FLAGS } from '../journey/launch/start-regions';

/**
 * No Docker engine (nor `docker compose`) here: the image is checked by reading the Dockerfile and
 * the compose file, with the build it must run and the runtime it must stay.
 */
const workspaceRoot = join(__dirname, '..', '..');
const SERVICES = ['candidate-registry', 'evaluation', 'jury', 'document-issuance', 'audit'];

interface ComposeBuild {
  context: string;
  dockerfile: string;
  target?: string;
  args?: Record<string, string>;
}
const compose = parse(readFileSync(join(workspaceRoot, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, { build?: ComposeBuild }>;
};
const builds = Object.entries(compose.services).flatMap(([name, service]) => (service.build ? [[name, service.build] as const] : []));

/** A Dockerfile's stages, in order: each with its base image and its instructions (continuation lines joined). */
const stagesOf = (dockerfile: string): { name: string; from: string; instructions: string[] }[] => {
  const instructions = readFileSync(join(workspaceRoot, dockerfile), 'utf8')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const stages: { name: string; from: string; instructions: string[] }[] = [];
  for (const instruction of instructions) {
    const from = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?$/i.exec(instruction);
    if (from) stages.push({ from: from[1] ?? '', name: from[2] ?? String(stages.length), instructions: [] });
    else stages.at(-1)?.instructions.push(instruction);
  }
  return stages;
};

describe('the service image (infra/docker/service.Dockerfile)', () => {
  it('is built by every service of the compose file, and by the database init', () => {
    expect(builds.map(([name]) => name)).toEqual(expect.arrayContaining([...SERVICES, 'postgres-init']));
  });

  it.each(builds.map(([name, build]) => [name, build] as const))('has the stage %s builds as its target', (_name, build) => {
    const stages = stagesOf(join(build.context, build.dockerfile)).map((stage) => stage.name);
    expect(build.target).toBeDefined();
    expect(stages).toContain(build.target);
  });

  it.each(SERVICES)('builds %s with nx in its build stage, the service named by its SERVICE argument', (service) => {
    expect(compose.services[service]?.build?.args?.['SERVICE']).toBe(service);
    const build = stagesOf('infra/docker/service.Dockerfile').find((stage) => stage.name === 'build');
    expect(build?.instructions).toEqual(expect.arrayContaining([expect.stringMatching(/^RUN npm ci .*--include=dev/), expect.stringMatching(/^RUN .*nx build "\$\{SERVICE\}"/)]));
  });

  it('runs the bundle with production dependencies only, as a user other than root', () => {
    const runtime = stagesOf('infra/docker/service.Dockerfile').find((stage) => stage.name === 'runtime');
    const instructions = runtime?.instructions ?? [];
    expect(instructions).toContainEqual(expect.stringMatching(/^RUN npm ci .*--omit=dev/));
    expect(instructions.filter((line) => /--include=dev|ts-node|tsconfig-paths/.test(line))).toEqual([]);
    expect(instructions).toContain('COPY --from=build /build/dist/apps/${SERVICE} ./dist/apps/${SERVICE}');
    expect(instructions).toContain('USER node');
    // The node flags the demo and the e2e test run the bundles with (tools/journey/launch).
    const nodeOptions = instructions.find((line) => line.startsWith('ENV NODE_OPTIONS='));
    for (const flag of SERVICE_NODE_FLAGS) expect(nodeOptions).toContain(flag);
    expect(instructions.at(-1)).toBe('CMD ["sh", "-c", "exec node dist/apps/${SERVICE}/main.js"]');
    // What the database init runs from this image must be in it.
    expect(compose.services['postgres-init']).toMatchObject({ build: { target: 'runtime' } });
    expect(instructions).toContain('COPY infra/postgres ./infra/postgres');
  });

  it('copies into the build stage what nx build reads', () => {
    const build = stagesOf('infra/docker/service.Dockerfile').find((stage) => stage.name === 'build');
    const copied = (build?.instructions ?? []).filter((line) => line.startsWith('COPY ')).flatMap((line) => line.split(/\s+/).slice(1, -1));
    expect(copied).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'nx.json', 'tsconfig.base.json', 'tools/build', 'libs', 'apps']));
  });
});
