import { openApiProblems } from '@titrepro/platform-nest';
import { startService, type StartedService } from '@titrepro/service-kit/testing';
import { serviceDefinition } from './service.definition';

describe('the evaluation service', () => {
  let service: StartedService;

  beforeAll(async () => {
    service = await startService(serviceDefinition, { region: 'idf' });
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
});
