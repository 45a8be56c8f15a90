import { createTestDatabase, type TestDatabase } from '@titrepro/testing';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { bearer, eventually, query, registration, startRegistry, TSGERI, type RegistryTestApp } from '../testing/registry-test-app';

const READ_MODEL_ROWS = `SELECT (SELECT json_agg(s ORDER BY candidate_id) FROM candidate_summary s)::text AS summaries,
                               (SELECT json_agg(p ORDER BY pathway_id) FROM pathway_status p)::text AS pathways`;

describe('candidate projector (real PostgreSQL)', () => {
  let database: TestDatabase;
  let keyDatabase: TestDatabase;
  let registry: RegistryTestApp | undefined;
  const http = () => request((registry as RegistryTestApp).app.getHttpServer());
  const headPosition = async () => Number((await query<{ max: string }>(database.url, 'SELECT max(global_position) FROM event_store.events'))[0]?.max);
  const checkpoint = async () =>
    Number((await query<{ position: string }>(database.url, `SELECT position FROM service_kit.projection_checkpoints WHERE projection = 'candidate-read-models'`))[0]?.position ?? -1);
  const projected = () => eventually('the projection to reach the head of the log', async () => (await checkpoint()) === (await headPosition()));

  beforeAll(async () => {
    database = await createTestDatabase('registry_projector');
    keyDatabase = await createTestDatabase('registry_projector_keys');
  });

  afterAll(async () => {
    await registry?.close();
    await database?.drop();
    await keyDatabase?.drop();
  });

  it('resumes from its checkpoint after a restart, and replaying from the start leaves the same rows', async () => {
    const officer = await bearer('regional-officer');
    registry = await startRegistry({ database, keyDatabase });
    for (let index = 0; index < 2; index += 1) {
      const { body } = await http().post('/candidates').set('Authorization', officer).send(registration(randomBytes(4).toString('hex'))).expect(201);
      await http().post(`/candidates/${body.candidateId}/pathways`).set('Authorization', officer).send({ titleCode: TSGERI, pathwayType: 'vae' }).expect(201);
    }
    await projected();
    await registry.close();

    registry = await startRegistry({ database, keyDatabase });
    await http().post('/candidates').set('Authorization', officer).send(registration(randomBytes(4).toString('hex'))).expect(201);
    await projected();
    const [after] = await query<{ summaries: string; pathways: string }>(database.url, READ_MODEL_ROWS);
    expect(JSON.parse(after?.summaries ?? '[]')).toHaveLength(3);
    expect(JSON.parse(after?.pathways ?? '[]')).toHaveLength(2);
    await registry.close();

    await query(database.url, `UPDATE service_kit.projection_checkpoints SET position = 0`);
    registry = await startRegistry({ database, keyDatabase });
    await projected();
    const [replayed] = await query<{ summaries: string; pathways: string }>(database.url, READ_MODEL_ROWS);
    expect(replayed).toEqual(after);
  });

  it('survives a failing read-model write: it restarts from its checkpoint and catches up', async () => {
    const officer = await bearer('regional-officer');
    await registry?.close();
    registry = await startRegistry({ database, keyDatabase });
    await projected();
    // The projection's writes fail while the table is away; the event store is untouched.
    await query(database.url, 'ALTER TABLE candidate_summary RENAME TO candidate_summary_away');
    const { body } = await http().post('/candidates').set('Authorization', officer).send(registration(randomBytes(4).toString('hex'))).expect(201);
    await eventually('the projection to fail on the missing table', async () => (await checkpoint()) < (await headPosition()));
    await query(database.url, 'ALTER TABLE candidate_summary_away RENAME TO candidate_summary');
    await projected();
    await http().get(`/candidates/${body.candidateId}`).set('Authorization', officer).expect(200);
    const metrics = (await http().get('/metrics')).text;
    expect(metrics).toMatch(/titrepro_projection_failures_total\{projection="candidate-read-models"\} [1-9]/);
    expect(metrics).toContain(`titrepro_projection_position{projection="candidate-read-models"} ${await headPosition()}`);
  });
});
