import type { ServiceConfig, ServiceDefinition } from '@titrepro/platform-nest';
import { openApiProblems } from '@titrepro/platform-nest/testing';
import { startService, type StartedService } from './start-service';

/**
 * What every service must do before anything else, as Jest tests to call inside a `describe`: be
 * ready on its own database and the shared broker, and document every route it serves.
 */
export const itServesTheBasics = <Config extends ServiceConfig>(
  definition: ServiceDefinition<Config>,
  options: { readonly region?: string; readonly env?: Readonly<Record<string, string>> } = {},
): void => {
  let service: StartedService;

  beforeAll(async () => {
    service = await startService(definition, { region: options.region ?? 'idf', ...(options.env ? { env: options.env } : {}) });
  });

  afterAll(async () => {
    await service?.close();
  });

  it('answers ready on its own database and the shared broker', async () => {
    await service.http().get('/health/ready').expect(200);
  });

  it('documents every route with a summary, its success body and problem+json errors', async () => {
    expect(await openApiProblems(service.app)).toEqual([]);
  });
};
