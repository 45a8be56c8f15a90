import request from 'supertest';
import { randomBytes, randomUUID } from 'node:crypto';
import { bearer, eventually, query, registration, startRegistry, type RegistryTestApp } from './testing/registry-test-app';

/** Inputs a hostile client sent to the registry (issue 17), each refused at the edge with a 4xx naming what is wrong. */
describe('the registry at its edge (real PostgreSQL)', () => {
  let registry: RegistryTestApp;
  let officer: string;
  let candidateId: string;
  const http = () => request(registry.app.getHttpServer());
  const eventCount = async (): Promise<number> => Number((await query<{ count: string }>(registry.database.url, 'SELECT count(*) FROM event_store.events'))[0]?.count);

  beforeAll(async () => {
    registry = await startRegistry();
    officer = await bearer('regional-officer');
    candidateId = (await http().post('/candidates').set('Authorization', officer).send(registration(randomBytes(4).toString('hex'))).expect(201)).body.candidateId;
  });

  afterAll(async () => {
    await registry?.close();
  });

  it.each([
    ['GET', '/candidates/%00', 'id'],
    ['GET', `/candidates/${'a'.repeat(65)}/history`, 'id'],
    ['POST', '/candidates/x%00y/pathways', 'id'],
    ['GET', '/identities/%1B', 'candidateId'],
    ['POST', '/operations/projections/candidate-read-models/parked/candidate-%00/retry', 'streamId'],
    ['POST', '/operations/projections/%00/rebuild', 'name'],
    ['POST', '/operations/relay/parked/candidate-x%00/retry', 'streamId'],
  ])('refuses %s %s, a control character or too long an id in the path, with 400 naming %s', async (method, path, field) => {
    const token = path.startsWith('/operations') ? await bearer('operator') : path.startsWith('/identities') ? await bearer('service') : officer;
    const call = method === 'GET' ? http().get(path) : path.endsWith('/pathways') ? http().post(path).send({ titleCode: 'TP-00495', pathwayType: 'vae' }) : http().post(path);
    const response = await call.set('Authorization', token);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.errors).toEqual([expect.objectContaining({ field })]);
  });

  // The consumers' operations routes are being reworked apart (issue 17, consumers); they take IdParam/PathParam there.
  it('publishes the id pattern it enforces on every path parameter (but the consumers\' operations)', async () => {
    const document = (await http().get('/docs/openapi.json').expect(200)).body as { paths: Record<string, Record<string, { parameters?: { in: string; name: string; schema?: { pattern?: string } }[] }>> };
    const pathParameters = Object.entries(document.paths).filter(([path]) => !path.startsWith('/operations/consumers')).flatMap(([, item]) => Object.values(item).flatMap((operation) => (operation.parameters ?? []).filter((parameter) => parameter.in === 'path')));
    expect(pathParameters.length).toBeGreaterThan(10);
    for (const parameter of pathParameters) expect({ name: parameter.name, pattern: parameter.schema?.pattern }).toEqual({ name: parameter.name, pattern: expect.any(String) });
  });

  it('answers 404 to an operator retrying a stream that a projection or the relay never parked', async () => {
    const operator = await bearer('operator');
    await http().post(`/operations/projections/candidate-read-models/parked/candidate-${randomUUID()}/retry`).set('Authorization', operator).expect(404);
    await http().post(`/operations/relay/parked/candidate-${randomUUID()}/retry`).set('Authorization', operator).expect(404);
    await http().post('/operations/projections/no-such-projection/rebuild').set('Authorization', operator).expect(404);
  });

  it.each([
    ['U+202E, the right-to-left override', 'Dupont\u202Eexe.pdf'],
    ['U+2066, a left-to-right isolate', '\u2066Martin'],
    ['U+200F, the right-to-left mark', 'Mar\u200Ftin'],
  ])('refuses %s in a name, naming the field, and stores nothing', async (_what, familyName) => {
    const before = await eventCount();
    const response = await http().post('/candidates').set('Authorization', officer).send({ ...registration('x'), familyName }).expect(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'familyName', message: expect.stringContaining('bidirectional') })]);
    expect(await eventCount()).toBe(before);
  });

  it.each([
    ['no body', undefined, undefined, 400],
    ['a JSON array', 'application/json', '[]', 400],
    ['a JSON string', 'application/json', '"Martin"', 400],
    ['text/plain', 'text/plain', 'familyName=Martin', 415],
    ['XML', 'application/xml', '<candidate><familyName>Martin</familyName></candidate>', 415],
    ['a form', 'application/x-www-form-urlencoded', 'familyName=Martin', 415],
    ['an array nested 10,000 deep', 'application/json', `${'['.repeat(10_000)}${']'.repeat(10_000)}`, 400],
    ['an object nested 100 deep', 'application/json', `${'{"a":'.repeat(100)}1${'}'.repeat(100)}`, 400],
    ['broken JSON quoting a name', 'application/json', '{"familyName": "Martin"', 400],
    ['a body over 100 kB', 'application/json', JSON.stringify({ familyName: 'x'.repeat(200_000) }), 413],
  ])('refuses a registration with %s (%s), naming the body and storing nothing', async (_what, contentType, text, status) => {
    const before = await eventCount();
    let call = http().post('/candidates').set('Authorization', officer);
    if (contentType) call = call.set('Content-Type', contentType);
    const response = await (text === undefined ? call : call.send(text));
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    if (status !== 415) expect(response.body.errors).toEqual([expect.objectContaining({ field: 'body' })]);
    expect(JSON.stringify(response.body)).not.toContain('Martin');
    expect(await eventCount()).toBe(before);
  });

  it('refuses a body on a route that takes none, and accepts an empty object there', async () => {
    const operator = await bearer('operator');
    const refused = await http().post('/operations/projections/candidate-read-models/rebuild').set('Authorization', operator).send({ everything: true }).expect(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'body' })]);
    await http().post('/operations/projections/candidate-read-models/rebuild').set('Authorization', operator).send({}).expect(202);
  });

  it('refuses a search whose query holds a control character, naming the parameter', async () => {
    const response = await http().get('/candidates').query({ name: 'Ma\u0000rtin' }).set('Authorization', officer).expect(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'name' })]);
  });

  it('still serves a candidate whose id is well-formed', async () => {
    await eventually('the candidate in the read model', async () => (await http().get(`/candidates/${candidateId}`).set('Authorization', officer)).status === 200);
    await http().get(`/candidates/${randomUUID()}`).set('Authorization', officer).expect(404);
  });
});
