import type { ServiceDefinition } from '@titrepro/platform-nest';
import { createSharedTopics, startService, type StartedService } from '@titrepro/service-kit/testing';
import { LocalOpenIdProvider, waitFor } from '@titrepro/testing';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

/** Loaded by path: a tool may not import an app (module boundaries), as the demo and reconcile do. */
const definitionOf = (service: string): ServiceDefinition =>
  (require(join(__dirname, '..', '..', 'apps', service, 'src', 'service.definition')) as { serviceDefinition: ServiceDefinition }).serviceDefinition;

const PEPPER = randomBytes(32).toString('base64url');

/**
 * A candidate through the real candidates' provider (authorization code + PKCE, pairwise subject):
 * refused before linking, linked with the officer's code at the registry, then reading their own
 * file at the registry and the evaluation (which learn the link from Kafka) and no other, and
 * refused again once erased. Registry and evaluation of idf share topics on the real broker.
 */
describe("a candidate's FranceConnect-style sign-in, linked once and forgotten on erasure (registry + evaluation)", () => {
  let provider: LocalOpenIdProvider;
  let registry: StartedService;
  let evaluation: StartedService;

  beforeAll(async () => {
    provider = await LocalOpenIdProvider.start();
    const issuers = JSON.stringify([
      ...(JSON.parse(provider.oidcIssuers()) as object[]),
      { issuer: provider.issuer, audience: provider.audience, kind: 'candidates', clients: ['titrepro-candidates'] },
    ]);
    const topicPrefix = await createSharedTopics();
    const env = { OIDC_ISSUERS: issuers, CANDIDATE_SUBJECT_PEPPER: PEPPER };
    registry = await startService(definitionOf('candidate-registry'), { region: 'idf', topicPrefix, relay: true, consumers: true, env });
    evaluation = await startService(definitionOf('evaluation'), { region: 'idf', topicPrefix, relay: true, consumers: true, env });
  });

  afterAll(async () => {
    await evaluation?.close();
    await registry?.close();
    await provider?.stop();
  });

  it('401 before linking, own file on registry and evaluation after, not another’s, 401 after erasure', async () => {
    const officer = await registry.bearer('regional-officer');
    const register = async (name: string): Promise<string> => {
      const { body } = await registry
        .http()
        .post('/candidates')
        .set('Authorization', officer)
        .send({ familyName: name, givenNames: ['Inès'], birthDate: '1988-09-21', contact: { email: `${name.toLowerCase()}@example.org` } })
        .expect(201);
      const candidateId = body.candidateId as string;
      await registry.http().post(`/candidates/${candidateId}/pathways`).set('Authorization', officer).send({ titleCode: 'TP-00495', pathwayType: 'continuous-training' }).expect(201);
      return candidateId;
    };
    const candidateId = await register('Lien');
    const other = await register('Autre');

    const token = await provider.candidateToken(`person-${randomBytes(4).toString('hex')}`);
    const asCandidate = (service: StartedService, path: string, bearer = token) => service.http().get(path).set('Authorization', `Bearer ${bearer}`);

    expect((await asCandidate(registry, `/candidates/${candidateId}`).expect(401)).body.detail).toMatch(/not linked to a candidate file/);
    expect((await asCandidate(evaluation, `/candidates/${candidateId}/evidence`).expect(401)).body.detail).toMatch(/not linked to a candidate file/);

    const { body: issued } = await registry.http().post(`/candidates/${candidateId}/link-codes`).set('Authorization', officer).send({}).expect(201);
    await registry.http().post(`/candidates/${candidateId}/sign-in-links`).set('Authorization', `Bearer ${token}`).send({ code: issued.code }).expect(201);

    await waitFor('the registry reads the linked candidate', async () => (await asCandidate(registry, `/candidates/${candidateId}`)).status === 200, 30_000, 100);
    await waitFor(
      'the evaluation reads the linked candidate and their pathway',
      async () => {
        const response = await asCandidate(evaluation, `/candidates/${candidateId}/evidence`);
        return response.status === 200 && Array.isArray(response.body) && response.body.length === 1;
      },
      30_000,
      100,
    );
    await asCandidate(registry, `/candidates/${other}`).expect(403);
    await asCandidate(evaluation, `/candidates/${other}/evidence`).expect(403);

    await registry.http().delete(`/candidates/${candidateId}/personal-data`).set('Authorization', officer).expect((response) => expect(response.status).toBeLessThan(300));
    await waitFor('the registry forgets the link', async () => (await asCandidate(registry, `/candidates/${candidateId}`)).status === 401, 30_000, 100);
    await waitFor('the evaluation forgets the link', async () => (await asCandidate(evaluation, `/candidates/${candidateId}/evidence`)).status === 401, 30_000, 100);
    expect((await asCandidate(evaluation, `/candidates/${candidateId}/evidence`)).body.detail).toMatch(/not linked to a candidate file/);
  });
});
