import { startService, type StartedService } from '@titrepro/service-kit/testing';
import { randomUUID } from 'node:crypto';
import { serviceDefinition } from '../service.definition';
import { TEST_ISSUER_ENV } from '../testing/test-issuer-env';

/** The public routes anyone may call without a token: a hostile path is a 400 naming it, never a 500. */
describe('public verification at its edge (real PostgreSQL)', () => {
  let service: StartedService;

  beforeAll(async () => {
    service = await startService(serviceDefinition, { region: 'idf', env: TEST_ISSUER_ENV });
  });

  afterAll(async () => {
    await service?.close();
  });

  it.each([
    ['/documents/x%00/verification', 'documentId'],
    [`/documents/${randomUUID()}%00/verification`, 'documentId'],
    ['/documents/%E2%80%AE/verification', 'documentId'],
    ['/regions/I%00F/did.json', 'region'],
    ['/status-lists/1e3', 'list'],
    ['/regions/idf/status-lists/-1', 'list'],
  ])('answers GET %s without a token with 400 naming %s', async (path, field) => {
    const response = await service.http().get(path);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.errors).toEqual([expect.objectContaining({ field })]);
  });

  it('answers a well-formed id that names no document 404', async () => {
    await service.http().get(`/documents/${randomUUID()}/verification`).expect(404);
  });

  it('documents what POST /verify takes: a credential or a livret\'s credentials as JSON, or a PDF', async () => {
    const { body } = await service.http().get('/docs/openapi.json').expect(200);
    const requestBody = body.paths['/verify'].post.requestBody;
    expect(Object.keys(requestBody.content)).toEqual(['application/json', 'application/pdf']);
    expect(requestBody.description).toMatch(/application\/pdf/);
    const alternatives = requestBody.content['application/json'].schema.oneOf;
    expect(alternatives.map((schema: { type: string }) => schema.type)).toEqual(['object', 'array', 'string']);
    expect(alternatives[0].required).toEqual(expect.arrayContaining(['issuer', 'proof']));
  });

  it('refuses a credential sent as text/plain with 415', async () => {
    await service.http().post('/verify').set('Content-Type', 'text/plain').send('{}').expect(415);
  });
});
