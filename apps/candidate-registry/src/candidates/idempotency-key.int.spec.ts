import { randomBytes, randomUUID } from 'node:crypto';
import { bearer, registration, startRegistry, type RegistryTestApp } from '../testing/registry-test-app';

describe('Idempotency-Key on POST (real PostgreSQL)', () => {
  let registry: RegistryTestApp;
  let officer: string;
  const unique = () => randomBytes(4).toString('hex');
  const candidateStreams = async () => Number((await registry.query<{ n: string }>(`SELECT count(DISTINCT stream_id) AS n FROM event_store.events`))[0]?.n);
  const eventCount = async () => Number((await registry.query<{ n: string }>(`SELECT count(*) AS n FROM event_store.events`))[0]?.n);

  beforeAll(async () => {
    registry = await startRegistry();
    officer = await bearer('regional-officer');
  });

  afterAll(async () => {
    await registry?.close();
  });

  it('answers a retried registration with the first answer and registers one candidate', async () => {
    const key = randomUUID();
    const body = registration(unique());
    const before = await candidateStreams();
    const first = await registry.http().post('/candidates').set('Authorization', officer).set('Idempotency-Key', key).send(body).expect(201);
    const retried = await registry.http().post('/candidates').set('Authorization', officer).set('Idempotency-Key', key).send(body).expect(201);
    expect(retried.body).toEqual(first.body);
    expect(retried.headers['idempotency-replayed']).toBe('true');
    expect(await candidateStreams()).toBe(before + 1);
  });

  it('registers one candidate when the same request races itself', async () => {
    const key = randomUUID();
    const body = registration(unique());
    const before = await candidateStreams();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => registry.http().post('/candidates').set('Authorization', officer).set('Idempotency-Key', key).send(body)),
    );
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(answers.map((answer) => answer.body.candidateId)).size).toBe(1);
    expect(await candidateStreams()).toBe(before + 1);
  });

  it('refuses the same key with another body (422) and appends nothing', async () => {
    const key = randomUUID();
    await registry.http().post('/candidates').set('Authorization', officer).set('Idempotency-Key', key).send(registration(unique())).expect(201);
    const before = await eventCount();
    const reused = await registry.http().post('/candidates').set('Authorization', officer).set('Idempotency-Key', key).send(registration(unique())).expect(422);
    expect(reused.body.detail).toContain('Idempotency-Key');
    expect(await eventCount()).toBe(before);
  });

  it('records no answer for a refused command: a retry with the key is decided again', async () => {
    const key = randomUUID();
    const { body: created } = await registry.http().post('/candidates').set('Authorization', officer).send(registration(unique())).expect(201);
    const path = `/candidates/${created.candidateId}/pathways`;
    const before = await eventCount();
    const refused = await registry.http().post(path).set('Authorization', officer).set('Idempotency-Key', key).send({ titleCode: 'TP-99999', pathwayType: 'vae' }).expect(404);
    const retried = await registry.http().post(path).set('Authorization', officer).set('Idempotency-Key', key).send({ titleCode: 'TP-99999', pathwayType: 'vae' }).expect(404);
    expect(retried.headers['idempotency-replayed']).toBeUndefined();
    expect(retried.body.detail).toBe(refused.body.detail);
    expect(await eventCount()).toBe(before);
  });

  it('refuses a malformed key with 400 naming the header', async () => {
    const response = await registry.http().post('/candidates').set('Authorization', officer).set('Idempotency-Key', 'x'.repeat(201)).send(registration(unique())).expect(400);
    expect(response.body.detail).toContain('Idempotency-Key');
  });
});
