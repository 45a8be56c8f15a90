import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { bearer, eventually, registration, startRegistry, TSGERI, periodOf, type RegistryTestApp } from '../testing/registry-test-app';

describe('the request log holds no personal data (real PostgreSQL)', () => {
  const logFile = join(tmpdir(), `registry-log-${randomBytes(4).toString('hex')}.jsonl`);
  let registry: RegistryTestApp;

  beforeAll(async () => {
    registry = await startRegistry({ env: { LOG_FILE: logFile, LOG_LEVEL: 'info' } });
  });

  afterAll(async () => {
    await registry?.close();
  });

  it('logs a search, a registration, a VAE request and an erasure without the name, birth date, email or workplace', async () => {
    const officer = await bearer('regional-officer');
    const body = registration(randomBytes(4).toString('hex'));
    const workplace = `Clinique ${randomBytes(3).toString('hex')}`;
    const { body: created } = await registry.http().post('/candidates').set('Authorization', officer).send(body).expect(201);
    const id = created.candidateId as string;
    const { body: pathway } = await registry.http().post(`/candidates/${id}/pathways`).set('Authorization', officer).send({ titleCode: TSGERI, pathwayType: 'vae' }).expect(201);
    await registry
      .http()
      .post(`/candidates/${id}/pathways/${pathway.pathwayId}/vae-admissibility-requests`)
      .set('Authorization', officer)
      .send({ experiencePeriods: [{ ...periodOf('2020-01-01', '2023-12-31'), organisation: workplace }] })
      .expect(201);
    await eventually('the candidate to be found by name', async () => {
      const found = await registry.http().get('/candidates').query({ name: body.familyName }).set('Authorization', officer);
      return found.status === 200 && found.body.length === 1;
    });
    // A refused search (no token) is logged too, and must be redacted as well.
    await registry.http().get('/candidates').query({ name: body.familyName }).expect(401);
    await registry.http().delete(`/candidates/${id}/personal-data`).set('Authorization', officer).expect(204);
    await eventually('the log to hold the erasure', async () => readFileSync(logFile, 'utf8').includes(`/candidates/${id}/personal-data`));

    const log = readFileSync(logFile, 'utf8');
    // The log does record these requests (so the absence below means something): routes and ids.
    expect(log).toContain('"route":"/candidates"');
    expect(log).toContain(id);
    for (const secret of [body.familyName, body.familyName.toLowerCase(), body.birthDate, body.contact.email, workplace]) expect(log).not.toContain(secret);
  });
});
