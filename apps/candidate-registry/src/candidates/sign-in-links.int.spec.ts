import { startService, type StartedService } from '@titrepro/service-kit/testing';
import { LocalOpenIdProvider } from '@titrepro/testing';
import { createHmac } from 'node:crypto';
import { decodeJwt } from 'jose';
import { serviceDefinition } from '../service.definition';
import { eventually, registration } from '../testing/registry-test-app';

const PEPPER = 'a-test-pepper-of-at-least-thirty-two-characters';
const LINKS = 'service_kit.candidate_sign_in_links';

describe("linking a candidate's provider sign-in to their file (registry, real provider, PostgreSQL and Kafka)", () => {
  let provider: LocalOpenIdProvider;
  let registry: StartedService;
  let officer: string;

  beforeAll(async () => {
    provider = await LocalOpenIdProvider.start();
    const issuers = [
      ...(JSON.parse(provider.oidcIssuers()) as object[]),
      { issuer: provider.issuer, audience: provider.audience, kind: 'candidates', clients: ['titrepro-candidates'] },
    ];
    registry = await startService(serviceDefinition, {
      region: 'idf',
      relay: true,
      consumers: true,
      env: { OIDC_ISSUERS: JSON.stringify(issuers), CANDIDATE_SUBJECT_PEPPER: PEPPER },
    });
    officer = await registry.bearer('regional-officer');
  });

  afterAll(async () => {
    await registry?.close();
    await provider?.stop();
  });

  const register = async (unique: string): Promise<string> =>
    (await registry.http().post('/candidates').set('Authorization', officer).send(registration(unique)).expect(201)).body.candidateId as string;
  const issueCode = async (candidateId: string): Promise<string> =>
    (await registry.http().post(`/candidates/${candidateId}/link-codes`).set('Authorization', officer).send({}).expect(201)).body.code as string;
  const present = (candidateId: string, token: string, code: unknown) =>
    registry.http().post(`/candidates/${candidateId}/sign-in-links`).set('Authorization', `Bearer ${token}`).send({ code });
  const readOwnFile = (candidateId: string, token: string) => registry.http().get(`/candidates/${candidateId}`).set('Authorization', `Bearer ${token}`);

  it('refuses the sign-in before linking, links it with the code, lets it read only its own file, and forgets it on erasure', async () => {
    const candidateId = await register('SignInA');
    const other = await register('SignInB');
    const token = await provider.candidateToken('person-a');
    const subject = decodeJwt(token).sub!;

    const before = await readOwnFile(candidateId, token).expect(401);
    expect(before.body.detail).toMatch(/not linked to a candidate file/);

    const code = await issueCode(candidateId);
    expect(code).toMatch(/^[A-Za-z0-9_-]{20}$/);
    const linked = await present(candidateId, token, code).expect(201);
    expect(linked.body).toEqual({ candidateId, linked: true });

    // The digest, never the subject, in the event store and in the table every service keeps.
    const digest = createHmac('sha256', PEPPER).update(`${provider.issuer}\u0000${subject}`).digest('hex');
    const stored = await registry.query<{ data: unknown }>("SELECT data FROM event_store.events WHERE type IN ('CandidateSignInLinked', 'CandidateLinkCodeIssued')");
    expect(JSON.stringify(stored)).toContain(digest);
    expect(JSON.stringify(stored)).not.toContain(subject);
    expect(JSON.stringify(stored)).not.toContain(code);
    await eventually('the link learnt from Kafka', async () => (await registry.query(`SELECT 1 FROM ${LINKS} WHERE subject_digest = $1 AND candidate_id = $2`, [digest, candidateId])).length === 1);

    await readOwnFile(candidateId, token).expect(200);
    await readOwnFile(other, token).expect(403);

    await registry.http().delete(`/candidates/${candidateId}/personal-data`).set('Authorization', officer).expect((response) => expect(response.status).toBeLessThan(300));
    await eventually('the link forgotten on erasure', async () => (await registry.query(`SELECT 1 FROM ${LINKS} WHERE candidate_id = $1`, [candidateId])).length === 0, 30_000);
    const after = await readOwnFile(candidateId, await provider.candidateToken('person-a')).expect(401);
    expect(after.body.detail).toMatch(/not linked to a candidate file/);
  });

  it('refuses a wrong, replaced or used code and a second link of the same sign-in, naming the rule; stores nothing for them', async () => {
    const candidateId = await register('SignInC');
    const token = await provider.candidateToken('person-c');
    const first = await issueCode(candidateId);
    const second = await issueCode(candidateId);

    expect((await present(candidateId, token, 'not-the-code').expect(403)).body.detail).toMatch(/LINK-CODE:/);
    expect((await present(candidateId, token, first).expect(403)).body.detail).toMatch(/LINK-CODE:/);
    expect((await present(candidateId, token, 42).expect(400)).body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'code' })]));
    await present(candidateId, token, second).expect(201);

    const another = await provider.candidateToken('person-d');
    expect((await present(candidateId, another, second).expect(409)).body.detail).toMatch(/LINK-CODE-ONCE/);
    const linkedEvents = async () => (await registry.query("SELECT 1 FROM event_store.events WHERE type = 'CandidateSignInLinked' AND stream_id = $1", [`candidate-${candidateId}`])).length;
    expect(await linkedEvents()).toBe(1);

    // The same sign-in again, with a fresh code, to the same file or (once the link is known) another one.
    const fresh = await issueCode(candidateId);
    expect((await present(candidateId, token, fresh).expect(409)).body.detail).toMatch(/SIGN-IN-LINK-ONCE/);
    const otherFile = await register('SignInE');
    const otherCode = await issueCode(otherFile);
    await eventually('the link learnt from Kafka', async () => (await readOwnFile(candidateId, token)).status === 200);
    expect((await present(otherFile, token, otherCode).expect(409)).body.detail).toMatch(/SIGN-IN-LINK-ONCE/);
    expect(await linkedEvents()).toBe(1);
  });

  it('accepts only a candidates` provider token on the linking route', async () => {
    const candidateId = await register('SignInF');
    const code = await issueCode(candidateId);
    await present(candidateId, (await registry.bearer('candidate', { subject: candidateId })).replace('Bearer ', ''), code).expect(401);
    await present(candidateId, await provider.tokenFor({ subject: 'officer@idf', role: 'regional-officer', region: 'idf' }), code).expect(401);
    await registry.http().post(`/candidates/${candidateId}/sign-in-links`).send({ code }).expect(401);
  });
});
