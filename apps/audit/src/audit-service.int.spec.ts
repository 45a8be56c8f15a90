import { PostgresEventStore } from '@titrepro/event-store';
import { queryDatabase, startService, type StartedService } from '@titrepro/service-kit/testing';
import { createTestDatabase, type TestDatabase } from '@titrepro/testing';
import { randomUUID } from 'node:crypto';
import { AuditedStores, runAuditCli } from '@titrepro/audit';
import { serviceDefinition } from './service.definition';

const newEvent = (n: number) => ({
  eventId: randomUUID(),
  type: 'Counted',
  schemaVersion: 1,
  data: { n },
  metadata: { correlationId: randomUUID(), causationId: null, actor: { subject: 'tester', role: 'operator' }, region: 'idf', occurredAt: new Date().toISOString() },
});

const captured = () => {
  let out = '';
  let err = '';
  return {
    io: { stdout: (text: string) => void (out += text), stderr: { write: (text: string) => ((err += text), true), isTTY: false } as unknown as NodeJS.WriteStream, env: {} },
    out: () => out,
    err: () => err,
  };
};

/**
 * The audit service and CLI on a store of their own: read-only, the routes for auditors only, and
 * verify's answer before and after a stored event is edited without recomputing the chain.
 */
describe('audit: the service and the CLI on one store', () => {
  let database: TestDatabase;
  let service: StartedService;
  let storesJson: string;

  beforeAll(async () => {
    database = await createTestDatabase('audit_store');
    const store = await PostgresEventStore.create({ connectionString: database.url });
    await store.appendToStream('tally-a', [newEvent(1), newEvent(2), newEvent(3)]);
    await store.appendToStream('tally-b', [newEvent(1)]);
    await store.close();
    storesJson = JSON.stringify([{ region: 'idf', service: 'evaluation', url: database.url }]);
    service = await startService(serviceDefinition, { region: 'idf', env: { AUDIT_STORES: storesJson } });
  });
  afterAll(async () => {
    await service?.close();
    await database?.drop();
  });

  it('answers verify to an auditor only, and documents its routes', async () => {
    const auditor = await service.bearer('auditor', { auditorScope: 'national' });
    const { body } = await service.http().get('/verify').set('Authorization', auditor).expect(200);
    expect(body).toMatchObject({ ok: true, events: 4, stores: [{ region: 'idf', service: 'evaluation', streams: 2, events: 4, broken: [] }] });
    await service.http().get('/verify').set('Authorization', await service.bearer('regional-officer')).expect(403);
    await service.http().get('/verify').expect(401);
    await service.http().get('/verify?service=nothing').set('Authorization', auditor).expect(400);
    const { body: openApi } = await service.http().get('/docs/openapi.json').expect(200);
    expect(Object.keys(openApi.paths)).toEqual(expect.arrayContaining(['/candidates/{candidateId}/history', '/candidates/{candidateId}/replay', '/verify']));
    await service.http().get(`/candidates/${randomUUID()}/history`).set('Authorization', auditor).expect(404);
  });

  it('never writes: its connections are read-only', async () => {
    const stores = await AuditedStores.open(JSON.parse(storesJson));
    try {
      await expect(stores.all[0]?.pool.query(`DELETE FROM event_store.events`)).rejects.toThrow(/read-only/);
    } finally {
      await stores.close();
    }
  });

  it('says which store it could not read, and fails verify for it, without stopping', async () => {
    const empty = await createTestDatabase('audit_empty');
    try {
      const both = JSON.stringify([...JSON.parse(storesJson), { region: 'bre', service: 'jury', url: empty.url }]);
      const { io, out } = captured();
      expect(await runAuditCli(['verify', '--json'], { ...io, env: { AUDIT_STORES: both } })).toBe(1);
      expect(JSON.parse(out()).stores).toEqual([
        expect.objectContaining({ region: 'idf', service: 'evaluation', read: true }),
        expect.objectContaining({ region: 'bre', service: 'jury', read: false, error: expect.stringMatching(/does not exist/) }),
      ]);
    } finally {
      await empty.drop();
    }
  });

  it('verify fails at the stream and revision an edit without recomputing broke, with exit status 1', async () => {
    const clean = captured();
    const status = await runAuditCli(['verify'], { ...clean.io, env: { AUDIT_STORES: storesJson } });
    expect({ status, out: clean.out(), err: clean.err() }).toMatchObject({ status: 0 });
    expect(clean.out()).toMatch(/^OK: 4 events/m);
    expect(clean.err()).toMatch(/idf\/evaluation .*4\/4 \d+ events\/s/);

    await queryDatabase(database.url, `UPDATE event_store.events SET data = '{"n": 20}' WHERE stream_id = 'tally-a' AND revision = 1`);
    const broken = captured();
    expect(await runAuditCli(['verify', '--json'], { ...broken.io, env: { AUDIT_STORES: storesJson } })).toBe(1);
    const report = JSON.parse(broken.out());
    expect(report.brokenLinks).toEqual([{ region: 'idf', service: 'evaluation', streamId: 'tally-a', revision: 1, reason: 'hash does not match the stored event' }]);
  });
});
