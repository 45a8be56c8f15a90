import type { PostgresEventStore } from '@titrepro/event-store';
import { EVENT_STORE } from '@titrepro/service-kit';
import { randomBytes, randomUUID } from 'node:crypto';
import { bearer, eventually, registration, startRegistry, TSGERI, type RegistryTestApp } from '../testing/registry-test-app';

/** A CandidateRegistered stored as an older version might have stored it, bypassing today's checks. */
const storeRegistrationDirectly = async (store: PostgresEventStore, familyName: string): Promise<string> => {
  const candidateId = randomUUID();
  await store.appendToStream(`candidate-${candidateId}`, [
    {
      eventId: randomUUID(),
      type: 'CandidateRegistered',
      schemaVersion: 1,
      data: { candidateId, region: 'idf', registeredOn: '2025-01-02', familyName, givenNames: ['Camille'], birthDate: '1990-04-12', contact: { email: 'c@example.org' } },
      metadata: { correlationId: randomUUID(), causationId: null, actor: { subject: 'legacy', role: 'regional-officer' }, region: 'idf', occurredAt: new Date().toISOString() },
      personal: { subjectId: candidateId, fields: ['familyName', 'givenNames', 'birthDate', 'contact'] },
    },
  ]);
  return candidateId;
};

describe('candidate projection: an event it cannot apply is parked, the others go on (real PostgreSQL)', () => {
  let registry: RegistryTestApp;
  let officer: string;
  let operator: string;
  const http = () => registry.http();
  const unique = () => randomBytes(4).toString('hex');
  const parked = async () =>
    registry.query<{ stream_id: string; reason: string; error: string; attempts: number }>(
      `SELECT stream_id, reason, error, attempts FROM service_kit.projection_parked_events WHERE projection = 'candidate-read-models' ORDER BY global_position`,
    );
  const register = async (body = registration(unique())): Promise<string> =>
    (await http().post('/candidates').set('Authorization', officer).send(body).expect(201)).body.candidateId as string;
  const projected = (candidateId: string) =>
    eventually(`candidate ${candidateId} in the read model`, async () => (await http().get(`/candidates/${candidateId}`).set('Authorization', officer)).status === 200);

  beforeAll(async () => {
    registry = await startRegistry();
    officer = await bearer('regional-officer');
    operator = await bearer('operator');
  });

  afterAll(async () => {
    await registry?.close();
  });

  it('parks a stored name with a NUL (which PostgreSQL text refuses) and keeps projecting the candidates after it', async () => {
    const store = registry.app.get<PostgresEventStore>(EVENT_STORE);
    const poisoned = await storeRegistrationDirectly(store, 'A\u0000B');
    const next = await register();
    await projected(next);
    await http().get(`/candidates/${poisoned}`).set('Authorization', officer).expect(404);
    expect(await parked()).toEqual([expect.objectContaining({ stream_id: `candidate-${poisoned}`, reason: 'failed', error: expect.stringContaining('0x00') })]);

    const metrics = (await http().get('/metrics')).text;
    expect(metrics).toContain('titrepro_projection_parked_events{projection="candidate-read-models"} 1');
    const ready = await http().get('/health/ready').expect(200);
    expect(ready.body.status).toBe('degraded');
    expect(JSON.stringify(ready.body)).toContain('projection:candidate-read-models');

    // Retrying cannot help this one: it stays parked, with one more attempt counted.
    const retry = await http().post(`/operations/projections/candidate-read-models/parked/candidate-${poisoned}/retry`).set('Authorization', operator).expect(200);
    expect(retry.body).toMatchObject({ applied: 0, remaining: 1 });
    expect(await parked()).toEqual([expect.objectContaining({ attempts: 2 })]);
  });

  it("holds a candidate's later events behind its parked one, and an operator's retry applies them in order once the cause is fixed", async () => {
    await registry.query(`DELETE FROM service_kit.projection_parked_events`);
    await registry.query(`ALTER TABLE candidate_summary ADD CONSTRAINT test_refuses_blocked CHECK (family_name NOT LIKE 'Blocked%')`);
    const blocked = await register({ ...registration(unique()), familyName: `Blocked${unique()}` });
    const { body: pathway } = await http().post(`/candidates/${blocked}/pathways`).set('Authorization', officer).send({ titleCode: TSGERI, pathwayType: 'vae' }).expect(201);
    const other = await register();
    await projected(other);
    expect((await parked()).map((entry) => entry.reason)).toEqual(['failed', 'held-behind']);
    await http().post(`/operations/projections/candidate-read-models/parked/candidate-${blocked}/retry`).set('Authorization', await bearer('auditor', { auditorScope: 'national' })).expect(403);

    await registry.query(`ALTER TABLE candidate_summary DROP CONSTRAINT test_refuses_blocked`);
    const retry = await http().post(`/operations/projections/candidate-read-models/parked/candidate-${blocked}/retry`).set('Authorization', operator).expect(200);
    expect(retry.body).toEqual({ applied: 2, remaining: 0 });
    expect(await parked()).toEqual([]);
    const summary = await http().get(`/candidates/${blocked}`).set('Authorization', officer).expect(200);
    expect(summary.body.pathways).toEqual([expect.objectContaining({ pathwayId: pathway.pathwayId, status: 'open' })]);
    expect((await http().get('/health/ready').expect(200)).body.status).not.toBe('degraded');
  });
});
