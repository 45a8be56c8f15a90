import { startService, TSGERI, type StartedService } from '@titrepro/service-kit/testing';
import { createTestDatabase, postgresAdminUrl, uniqueName, waitFor, type TestDatabase } from '@titrepro/testing';
import { Client } from 'pg';
import type { Response } from 'supertest';
import { serviceDefinition } from '../service.definition';

const BUDGET = 11;

const admin = async (): Promise<Client> => {
  const client = new Client({ connectionString: postgresAdminUrl() });
  await client.connect();
  return client;
};

/** The connections a service holds on its two databases, seen by an operator (pg_stat_activity), by application_name. */
const connectionsOf = async (client: Client, service: StartedService): Promise<Map<string, number>> => {
  const { rows } = await client.query<{ name: string; count: number }>(
    `SELECT application_name AS name, count(*)::int AS count FROM pg_stat_activity WHERE datname = ANY($1) AND pid <> pg_backend_pid() GROUP BY 1`,
    [[service.database.name, service.keyDatabase.name]],
  );
  return new Map(rows.map((row) => [row.name, row.count]));
};
const total = (connections: Map<string, number>) => [...connections.values()].reduce((sum, count) => sum + count, 0);

/** Every answer a 2xx, or a 503 problem+json with Retry-After; never a 500. */
const expectServedOrUnavailable = (answers: readonly Response[]) => {
  for (const answer of answers) {
    expect([200, 201, 503]).toContain(answer.status);
    if (answer.status === 503) {
      expect(answer.headers['retry-after']).toMatch(/^\d+$/);
      expect(answer.headers['content-type']).toContain('application/problem+json');
      expect(answer.body).toMatchObject({ status: 503, type: 'https://titrepro.fr/problems/database-unavailable' });
    }
  }
};

const member = () => ({ titleCodes: [TSGERI], familyName: `Budget${Math.random().toString(36).slice(2, 8)}`, givenNames: ['Claire'] });
const session = (date: string) => ({ titleCode: TSGERI, date, kind: 'title' });

// The jury holds the most connections of the four services (three projections, a relay, four
// consumers): under a burst it stays within its budget, and when PostgreSQL has no connection left
// to give it answers 503 with Retry-After, then recovers and its projections catch up.
describe('connection budget of a service (real PostgreSQL and Kafka)', () => {
  it(`holds at most DATABASE_POOL_SIZE (${BUDGET}) connections under a burst of 60 requests, each named for an operator, and answers no 500`, async () => {
    const service = await startService(serviceDefinition, { region: 'idf', relay: true, consumers: true, env: { DATABASE_POOL_SIZE: String(BUDGET), DATABASE_POOL_TIMEOUT_MS: '2000' } });
    const observer = await admin();
    try {
      const officer = await service.bearer('regional-officer');
      let most = 0;
      let bursting = true;
      const watching = (async () => {
        while (bursting) {
          most = Math.max(most, total(await connectionsOf(observer, service)));
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
      })();
      const answers = await Promise.all(
        Array.from({ length: 60 }, (_, index) =>
          index % 3 === 0
            ? service.http().get('/sessions').set('Authorization', officer)
            : index % 3 === 1
              ? service.http().post('/jury-members').set('Authorization', officer).send(member())
              : service.http().post('/sessions').set('Authorization', officer).send(session('2027-03-15')),
        ),
      );
      bursting = false;
      await watching;
      expectServedOrUnavailable(answers);
      const connections = await connectionsOf(observer, service);
      most = Math.max(most, total(connections));
      expect(most).toBeGreaterThan(0);
      expect(most).toBeLessThanOrEqual(BUDGET);
      // Who holds what: the pools, LISTEN, the election locks and the readiness probes, each by name.
      expect([...connections.keys()].every((name) => /^jury\.idf\/|^titrepro-(projection|relay):/.test(name))).toBe(true);
      expect(connections.get('jury.idf/event-store')).toBeGreaterThan(0);
    } finally {
      await observer.end();
      await service.close();
    }
  });

  describe('when PostgreSQL has no connection left to give', () => {
    // The service runs as a role of its own with a connection limit, so that the test exhausts the
    // connections it may have (PostgreSQL answers 53300, as for max_connections) without taking
    // the shared server's from other test runs.
    const role = uniqueName('tp_budget');
    const LIMIT = 16;
    let service: StartedService;
    let database: TestDatabase;
    let keyDatabase: TestDatabase;
    let superuser: Client;
    const hogs: Client[] = [];
    const asRole = (url: string) => {
      const parsed = new URL(url);
      parsed.username = role;
      parsed.password = '';
      return parsed.toString();
    };

    beforeAll(async () => {
      superuser = await admin();
      await superuser.query(`CREATE ROLE "${role}" LOGIN CONNECTION LIMIT ${LIMIT}`);
      database = await createTestDatabase('jury_budget');
      keyDatabase = await createTestDatabase('jury_budget_keys');
      for (const each of [database, keyDatabase]) await superuser.query(`ALTER DATABASE "${each.name}" OWNER TO "${role}"`);
      service = await startService(serviceDefinition, {
        region: 'idf',
        database: { ...database, url: asRole(database.url) },
        keyDatabase: { ...keyDatabase, url: asRole(keyDatabase.url) },
        env: { DATABASE_POOL_SIZE: String(BUDGET), DATABASE_POOL_TIMEOUT_MS: '2000' },
      });
    });

    afterAll(async () => {
      await Promise.all(hogs.map((hog) => hog.end().catch(() => undefined)));
      await service?.close();
      await database?.drop();
      await keyDatabase?.drop();
      await superuser?.query(`DROP ROLE IF EXISTS "${role}"`).catch(() => undefined);
      await superuser?.end();
    });

    it('answers 503 problem+json with Retry-After (never 500), then serves the next request once connections free up, its projections losing no event', async () => {
      const officer = await service.bearer('regional-officer');
      const before = await service.http().post('/sessions').set('Authorization', officer).send(session('2027-04-01')).expect(201);

      // End the service's pooled connections and take every connection the role may still open, until
      // the service holds no pooled connection: each request must then open one, and cannot.
      const pooled = async () =>
        (await superuser.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE usename = $1 AND application_name ~ '^jury[.]idf/(event-store|read-models|key-store)$'`, [role])).rows;
      const fillTheLimit = async () => {
        for (;;) {
          const hog = new Client({ connectionString: asRole(database.url) });
          const refused = await hog.connect().then(() => undefined, (error: { code?: string }) => error);
          if (refused) return expect(refused.code).toBe('53300');
          hogs.push(hog);
        }
      };
      await waitFor('the service to hold no pooled connection while the limit is reached', async () => {
        await superuser.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1 AND application_name ~ '^jury[.]idf/(event-store|read-models|key-store)$'`, [role]);
        await fillTheLimit();
        return (await pooled()).length === 0;
      });

      const during = await Promise.all([
        service.http().post('/sessions').set('Authorization', officer).send(session('2027-04-02')),
        service.http().post('/jury-members').set('Authorization', officer).send(member()),
        service.http().get('/sessions').set('Authorization', officer),
        service.http().get(`/sessions/${String(before.body.sessionId)}`).set('Authorization', officer),
      ]);
      expectServedOrUnavailable(during);
      expect(during.filter((answer) => answer.status === 503).length).toBeGreaterThan(0);

      await Promise.all(hogs.splice(0).map((hog) => hog.end()));
      let after: Response | undefined;
      await waitFor('the service to serve again', async () => {
        after = await service.http().post('/sessions').set('Authorization', officer).send(session('2027-04-03'));
        expectServedOrUnavailable([after]);
        return after.status === 201;
      });

      // The projections caught up: every session scheduled (before, and after the exhaustion) is in the read model, nothing parked.
      const expected = [String(before.body.sessionId), String(after?.body.sessionId)];
      await waitFor('the sessions read model to catch up', async () => {
        const { body } = await service.http().get('/sessions').set('Authorization', officer);
        const listed = new Set((body as { sessionId: string }[]).map((each) => each.sessionId));
        return expected.every((id) => listed.has(id));
      });
      const operator = await service.bearer('operator');
      const { body: projections } = await service.http().get('/operations/projections').set('Authorization', operator).expect(200);
      expect(JSON.stringify(projections)).not.toMatch(/"parked":[1-9]/);
      const stored = await service.query<{ count: number }>(`SELECT count(*)::int AS count FROM event_store.events WHERE type = 'ValidationSessionScheduled'`);
      const answered201 = 2 + (during[0]?.status === 201 ? 1 : 0);
      expect(stored[0]?.count).toBe(answered201);
    });
  });
});
