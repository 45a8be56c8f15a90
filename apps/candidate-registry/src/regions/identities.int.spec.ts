import { CommandBus } from '@nestjs/cqrs';
import { parseRecordHandover } from '@titrepro/domain-registry';
import { StreamCommand } from '@titrepro/service-kit';
import { startService, type StartedService } from '@titrepro/service-kit/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { candidates } from '../candidates/candidate-aggregate';
import { serviceDefinition } from '../service.definition';
import { eventually, registration } from '../testing/registry-test-app';

describe("GET /identities/:candidateId: the names for the region's own services, from the stream (real PostgreSQL)", () => {
  const logFile = join(tmpdir(), `registry-identities-log-${randomBytes(4).toString('hex')}.jsonl`);
  const names: string[] = [];
  let registry: StartedService;

  const register = async () => {
    const body = { ...registration(randomBytes(4).toString('hex')), givenNames: [`Camille${randomBytes(3).toString('hex')}`, `Marie${randomBytes(3).toString('hex')}`] };
    names.push(body.familyName, ...body.givenNames);
    const { body: created } = await registry.http().post('/candidates').set('Authorization', await registry.bearer('regional-officer')).send(body).expect(201);
    return { candidateId: created.candidateId as string, body };
  };
  const identity = async (candidateId: string, token?: string) =>
    registry.http().get(`/identities/${candidateId}`).set('Authorization', token ?? (await registry.bearer('service')));

  beforeAll(async () => {
    registry = await startService(serviceDefinition, { region: 'idf', env: { LOG_FILE: logFile, LOG_LEVEL: 'info' } });
  });

  afterAll(async () => {
    await registry?.close();
  });

  it("answers a service of the region with the candidate's decrypted names, and refuses an officer and another region's service", async () => {
    const { candidateId, body } = await register();
    const found = await identity(candidateId);
    expect(found.status).toBe(200);
    expect(found.body).toEqual({ candidateId, familyName: body.familyName, givenNames: body.givenNames });

    const officer = await identity(candidateId, await registry.bearer('regional-officer'));
    expect(officer.status).toBe(403);
    expect(officer.headers['content-type']).toContain('application/problem+json');
    expect(officer.body.detail).toContain('role "regional-officer" may not do this');
    const otherRegion = await identity(candidateId, await registry.bearer('service', { region: 'bre' }));
    expect(otherRegion.status).toBe(403);
    expect(otherRegion.body.detail).toBe('region "bre" may not act in region "idf"');
    for (const refused of [officer, otherRegion]) expect(JSON.stringify(refused.body)).not.toContain(body.familyName);
    await registry.http().get(`/identities/${candidateId}`).expect(401);
  });

  it('answers 404 for a candidate this registry never knew', async () => {
    const unknown = randomUUID();
    const answer = await identity(unknown);
    expect(answer.status).toBe(404);
    expect(answer.body.detail).toBe(`candidate ${unknown} does not exist in region idf`);
  });

  it("answers 410 naming the erasure once the candidate's personal data was erased", async () => {
    const { candidateId, body } = await register();
    await identity(candidateId).then((answer) => expect(answer.status).toBe(200));
    await registry.http().delete(`/candidates/${candidateId}/personal-data`).set('Authorization', await registry.bearer('regional-officer')).expect(204);
    const gone = await identity(candidateId);
    expect(gone.status).toBe(410);
    expect(gone.headers['content-type']).toContain('application/problem+json');
    expect(gone.body).toMatchObject({ status: 410, title: 'Gone' });
    expect(gone.body.detail).toContain(`candidate ${candidateId}'s personal data was erased`);
    expect(JSON.stringify(gone.body)).not.toContain(body.familyName);
  });

  it("still answers the region's own services once the file was handed over (the documents of its jury's decisions are issued here), and never another region's", async () => {
    const { candidateId, body } = await register();
    await registry.http().post(`/candidates/${candidateId}/transfer`).set('Authorization', await registry.bearer('regional-officer')).send({ toRegion: 'bre' }).expect(200);
    // bre's acceptance, as the handover consumer records it from Kafka.
    const handover = parseRecordHandover({ candidateId, actingRegion: 'idf', toRegion: 'bre' });
    if (!handover.ok) throw new Error(handover.error.message);
    const origin = { actor: { subject: 'service-1', role: 'service' as const }, causation: { correlationId: randomUUID(), causationId: null } };
    await registry.app.get(CommandBus).execute(new StreamCommand(candidates.stream(candidateId), handover.value, origin));
    // The handover is recorded: this region may no longer act for the candidate.
    const transferAgain = await registry.http().post(`/candidates/${candidateId}/transfer`).set('Authorization', await registry.bearer('regional-officer')).send({ toRegion: 'bre' });
    expect(transferAgain.status).toBe(403);
    expect(transferAgain.body.detail).toContain(`candidate ${candidateId}'s home region is bre`);

    // idf's issuance may produce the livret of a CCP idf's jury awarded after the handover (ISSUER): it needs the names.
    const found = await identity(candidateId);
    expect(found.status).toBe(200);
    expect(found.body).toEqual({ candidateId, familyName: body.familyName, givenNames: body.givenNames });
    const otherRegion = await identity(candidateId, await registry.bearer('service', { region: 'bre' }));
    expect(otherRegion.status).toBe(403);
    expect(JSON.stringify(otherRegion.body)).not.toContain(body.familyName);
  });

  it("never writes the names to the service's log", async () => {
    await eventually('the log to hold the identity requests', async () => (readFileSync(logFile, 'utf8').match(/\/identities\//g) ?? []).length >= 8);
    const log = readFileSync(logFile, 'utf8');
    // The log does record these requests (so the absence below means something).
    expect(log).toContain('/identities/');
    for (const name of names) {
      expect(log).not.toContain(name);
      expect(log).not.toContain(name.toLowerCase());
    }
  });
});
