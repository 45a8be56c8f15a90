import { RegistryIdentities, TestWorld, type CandidateScenario, type StartedService } from '@titrepro/service-kit/testing';
import { waitFor } from '@titrepro/testing';
import { serviceDefinition } from '../service.definition';
import { TEST_ISSUER_ENV } from './test-issuer-env';

/**
 * Two regions' issuance services (`idf`, `bre`) in a TestWorld: the juries and registries of both
 * played by its publisher, and each region's registry identity route by the world's: the services
 * learn decisions only from Kafka. Name a candidate (`world.candidate().named(…)`) for a parchemin.
 */
export interface IssuanceWorld {
  readonly world: TestWorld;
  readonly idf: StartedService;
  readonly bre: StartedService;
  readonly identities: RegistryIdentities;
  readonly candidate: () => CandidateScenario;
  readonly untilDocuments: (service: StartedService, candidateId: string, count: number) => Promise<{ documentId: string; kind: string; status: string }[]>;
  readonly close: () => Promise<void>;
}

export const startIssuanceWorld = async (): Promise<IssuanceWorld> => {
  const world = await TestWorld.start({
    service: serviceDefinition,
    regions: ['idf', 'bre'],
    relay: false,
    registryIdentities: true,
    env: (region, { registryUrl }) => ({ ...TEST_ISSUER_ENV, REGION_PEERS: `${region}=${registryUrl}`, PUBLIC_BASE_URL: `https://titres.example.fr/${region}` }),
  });
  if (!world.identities) throw new Error('the issuance world runs the registry identity route');
  return {
    world,
    idf: world.deployment('idf'),
    bre: world.deployment('bre'),
    identities: world.identities,
    candidate: () => world.candidate(),
    untilDocuments: async (service, candidateId, count) => {
      const token = await service.bearer('auditor');
      let documents: { documentId: string; kind: string; status: string }[] = [];
      await waitFor(`${count} document(s) of ${candidateId}`, async () => {
        documents = (await service.http().get(`/candidates/${candidateId}/documents`).set('Authorization', token)).body;
        return Array.isArray(documents) && documents.length >= count;
      }, 60_000, 200);
      return documents;
    },
    close: () => world.close(),
  };
};
