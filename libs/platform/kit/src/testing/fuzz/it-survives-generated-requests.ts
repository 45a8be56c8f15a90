import type { ServiceConfig, ServiceDefinition } from '@titrepro/platform-nest';
import { startService, type StartedService } from '../start-service';
import { DEFAULT_FUZZ_RUNS, fuzzRuns, fuzzService, type FuzzOptions } from './fuzz-service';

/**
 * The OpenAPI fuzz suite of one service, as a Jest test to call inside a `describe`: starts the
 * service on its own database, lets `world` create what some requests should find (ids, subjects
 * as hints), then fuzzes every route (fuzzService) and prints what it sent.
 */
export const itSurvivesGeneratedRequests = <Config extends ServiceConfig>(
  definition: ServiceDefinition<Config>,
  options: { readonly env?: Readonly<Record<string, string>>; readonly runs?: number; readonly world?: (service: StartedService) => Promise<FuzzOptions> } = {},
): void => {
  let service: StartedService;

  beforeAll(async () => {
    service = await startService(definition, { region: 'idf', ...(options.env ? { env: options.env } : {}) });
  });

  afterAll(async () => {
    await service?.close();
  });

  it('never answers 5xx, names what it refuses, stores nothing on a 4xx, parks nothing and answers the next valid request', async () => {
    const world = options.world ? await options.world(service) : {};
    const report = await fuzzService(service, { ...world, ...(options.runs ? { runs: options.runs } : {}) });
    process.stdout.write(`${definition.name} fuzz: ${JSON.stringify({ ...report, findings: report.findings.length })}\n`);
    if (report.findings.length > 0) process.stdout.write(`${report.findings.join('\n')}\n`);
    expect(report.findings).toEqual([]);
    // A long run (FUZZ_RUNS=25000) takes its time: a quarter of a second per request, ten minutes at least.
  }, Math.max(600_000, fuzzRuns(options.runs ?? DEFAULT_FUZZ_RUNS) * 250));
};
