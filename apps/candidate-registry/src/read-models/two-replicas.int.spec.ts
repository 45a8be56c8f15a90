import { Projections } from '@titrepro/service-kit';
import { createTestDatabase, type TestDatabase } from '@titrepro/testing';
import { randomBytes } from 'node:crypto';
import { bearer, eventually, periodOf, query, registration, startRegistry, TSGERI, type RegistryTestApp } from '../testing/registry-test-app';

const READ_MODELS = `SELECT (SELECT coalesce(json_agg(s ORDER BY candidate_id), '[]') FROM candidate_summary s)::text AS summaries,
                            (SELECT coalesce(json_agg(p ORDER BY candidate_id, pathway_id), '[]') FROM pathway_status p)::text AS pathways,
                            (SELECT coalesce(json_agg(a ORDER BY candidate_id, pathway_id), '[]') FROM pending_admissibility a)::text AS pending`;

// Every write of the checkpoint row, as the database saw it: the test's proof that it never went back.
const CHECKPOINT_LOG = `
  CREATE TABLE test_checkpoint_log (old_position bigint, new_position bigint NOT NULL);
  CREATE FUNCTION test_log_checkpoint() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO test_checkpoint_log VALUES (CASE WHEN TG_OP = 'UPDATE' THEN OLD.position END, NEW.position);
    RETURN NEW;
  END $$;
  CREATE TRIGGER test_log_checkpoint AFTER INSERT OR UPDATE ON service_kit.projection_checkpoints
    FOR EACH ROW WHEN (NEW.projection = 'candidate-read-models') EXECUTE FUNCTION test_log_checkpoint();`;

describe('two replicas of the registry on one database (real PostgreSQL)', () => {
  let database: TestDatabase;
  let keyDatabase: TestDatabase;
  let replicas: RegistryTestApp[] = [];

  const head = async () => Number((await query<{ max: string | null }>(database.url, 'SELECT max(global_position) AS max FROM event_store.events'))[0]?.max ?? 0);
  const checkpoint = async () =>
    Number((await query<{ position: string }>(database.url, `SELECT position FROM service_kit.projection_checkpoints WHERE projection = 'candidate-read-models'`))[0]?.position ?? -1);
  const caughtUp = () => eventually('the projection to reach the head of the log', async () => (await checkpoint()) === (await head()), 60_000);
  const readModels = async () => (await query<Record<string, string>>(database.url, READ_MODELS))[0];

  beforeAll(async () => {
    database = await createTestDatabase('registry_replicas');
    keyDatabase = await createTestDatabase('registry_replicas_keys');
    replicas = [await startRegistry({ database, keyDatabase })];
    await query(database.url, CHECKPOINT_LOG);
    replicas.push(await startRegistry({ database, keyDatabase }));
  });

  afterAll(async () => {
    for (const replica of replicas) await replica.close();
    await database?.drop();
    await keyDatabase?.drop();
  });

  it('takes 500 commands spread across both: one runner projects, the checkpoint never goes back, and the read models equal a rebuild from the events', async () => {
    const officer = await bearer('regional-officer');
    let sent = 0;
    // Each command goes to the next replica in turn, as a load balancer would send them.
    const next = () => replicas[sent++ % replicas.length] as RegistryTestApp;
    const candidateJourney = async (): Promise<void> => {
      const { body: created } = await next().http().post('/candidates').set('Authorization', officer).send(registration(randomBytes(4).toString('hex'))).expect(201);
      const id = created.candidateId as string;
      const { body: pathway } = await next().http().post(`/candidates/${id}/pathways`).set('Authorization', officer).send({ titleCode: TSGERI, pathwayType: 'vae' }).expect(201);
      const base = `/candidates/${id}/pathways/${pathway.pathwayId}`;
      await next().http().post(`${base}/vae-admissibility-requests`).set('Authorization', officer).send({ experiencePeriods: [periodOf('2019-01-01', '2023-12-31')] }).expect(201);
      await next().http().post(`${base}/vae-admissibility-decision`).set('Authorization', officer).send({ outcome: 'admissible' }).expect(200);
    };
    for (let wave = 0; wave < 125; wave += 5) await Promise.all(Array.from({ length: 5 }, candidateJourney));
    expect(sent).toBe(500);
    await caughtUp();

    const leaders = replicas.map((replica) => replica.app.get(Projections).runners.get('candidate-read-models')?.status().state);
    expect(leaders.filter((state) => state === 'leader')).toHaveLength(1);
    const projected = await readModels();
    expect(JSON.parse(projected?.['summaries'] ?? '[]')).toHaveLength(125);
    // Every request was decided: none shows as pending again.
    expect(JSON.parse(projected?.['pending'] ?? '[]')).toEqual([]);
    expect(JSON.parse(projected?.['pathways'] ?? '[]').every((row: { vae_admissibility_status: string }) => row.vae_admissibility_status === 'decided')).toBe(true);

    await replicas[1]?.http().post('/operations/projections/candidate-read-models/rebuild').set('Authorization', await bearer('operator')).expect(202);
    await caughtUp();
    expect(await readModels()).toEqual(projected);

    const log = await query<{ old_position: string | null; new_position: string }>(database.url, 'SELECT old_position, new_position FROM test_checkpoint_log');
    const forward = log.filter((row) => row.old_position !== null && Number(row.new_position) > Number(row.old_position));
    const backwards = log.filter((row) => row.old_position !== null && Number(row.new_position) < Number(row.old_position) && Number(row.new_position) !== 0);
    expect(forward.length).toBeGreaterThan(1);
    // The one write to 0 is the operator's rebuild; any other decrease would be a regression.
    expect(backwards).toEqual([]);
    expect(log.filter((row) => Number(row.new_position) === 0 && row.old_position !== null)).toHaveLength(1);
  }, 240_000);
});
