import {
  CandidateHandedOverV1,
  CandidatePersonalDataErasedV1,
  CandidateRegisteredV1,
  CandidateTransferAcceptedV1,
  CandidateTransferredV1,
  CcpAwardedV1,
  TitleAwardedV1,
  type IntegrationContract,
} from '@titrepro/contracts';
import { findTitle } from '@titrepro/domain-referential';
import { createSharedTopics, startContractPublisher, startService, untilHomeLearnt, type ContractPublisher, type StartedService } from '@titrepro/service-kit/testing';
import { waitFor } from '@titrepro/testing';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serviceDefinition } from '../service.definition';
import { TEST_ISSUER_ENV } from './test-issuer-env';

export const TSGERI = 'TP-00495';
/** TSGERI's CCPs as the référentiel holds them, not a copy that a second title or version would leave behind. */
export const CCP_CODES = (findTitle(TSGERI)?.ccps ?? []).map((ccp) => ccp.code);


/**
 * The registry's identity route (`GET /identities/:id`) as a region's registry answers its own
 * services: the names the issuance prints on a PDF, 410 once erased.
 */
class RegistryIdentities {
  readonly names = new Map<string, { familyName: string; givenNames: string[] }>();
  readonly erased = new Set<string>();
  private readonly server: Server = createServer((request, response) => {
    const candidateId = decodeURIComponent(/^\/identities\/([^/?]+)$/.exec(request.url ?? '')?.[1] ?? '');
    const name = this.names.get(candidateId);
    const [status, body] = this.erased.has(candidateId) ? [410, { detail: 'erased' }] : name ? [200, { candidateId, ...name }] : [404, { detail: 'unknown' }];
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

export interface Award {
  readonly decisionId: string;
  readonly sessionId: string;
  readonly decidedOn: string;
}

/**
 * Two regions' issuance services (`idf`, `bre`) on one Kafka; the juries and registries of both
 * played by a publisher sending what their relays would, and each region's registry identity
 * route by a small HTTP server: the services learn decisions only from Kafka.
 */
export interface IssuanceWorld {
  readonly idf: StartedService;
  readonly bre: StartedService;
  readonly publisher: ContractPublisher;
  readonly identities: RegistryIdentities;
  /** Registers a candidate in `region` (the registry's event) with their name at the registry. */
  readonly candidate: (name: { familyName: string; givenNames: string[] }, region?: string) => Promise<string>;
  readonly titleAwarded: (candidateId: string, region?: string, award?: Partial<Award>) => Promise<{ payload: Record<string, unknown> }>;
  readonly ccpsAwarded: (candidateId: string, ccpCodes: readonly string[], region?: string, award?: Partial<Award>) => Promise<void>;
  readonly handOver: (candidateId: string, from: string, to: string) => Promise<void>;
  readonly erase: (candidateId: string, region?: string) => Promise<void>;
  /** Publishes an event as `region`'s service of its context would. */
  readonly publish: <Contract extends IntegrationContract>(contract: Contract, payload: Record<string, unknown>, region: string) => Promise<string>;
  readonly untilDocuments: (service: StartedService, candidateId: string, count: number) => Promise<{ documentId: string; kind: string; status: string }[]>;
  readonly close: () => Promise<void>;
}

export const startIssuanceWorld = async (): Promise<IssuanceWorld> => {
  const topicPrefix = await createSharedTopics();
  const identities = new RegistryIdentities();
  const registryUrl = await identities.listen();
  const start = (region: string) =>
    startService(serviceDefinition, {
      region,
      topicPrefix,
      relay: false,
      consumers: true,
      env: { ...TEST_ISSUER_ENV, REGION_PEERS: `${region}=${registryUrl}`, PUBLIC_BASE_URL: `https://titres.example.fr/${region}` },
    });
  const [idf, bre] = await Promise.all([start('idf'), start('bre')]);
  const publisher = await startContractPublisher(topicPrefix);
  const now = () => new Date().toISOString();
  const anAward = (award: Partial<Award> = {}): Award => ({ decisionId: randomUUID(), sessionId: `s-${randomUUID().slice(0, 8)}`, decidedOn: '2026-11-20', ...award });
  const untilDocuments = async (service: StartedService, candidateId: string, count: number) => {
    const token = await service.bearer('auditor');
    let documents: { documentId: string; kind: string; status: string }[] = [];
    await waitFor(`${count} document(s) of ${candidateId}`, async () => {
      documents = (await service.http().get(`/candidates/${candidateId}/documents`).set('Authorization', token)).body;
      return Array.isArray(documents) && documents.length >= count;
    }, 60_000, 200);
    return documents;
  };
  return {
    idf,
    bre,
    publisher,
    identities,
    publish: (contract, payload, region) => publisher.publish(contract, payload, region),
    candidate: async (name, region = 'idf') => {
      const candidateId = randomUUID();
      identities.names.set(candidateId, name);
      await publisher.publish(CandidateRegisteredV1, { candidateId, region, registeredAt: now() }, region);
      // The decisions consumers learn the home from the registry's topic, not ordered with the juries'.
      await Promise.all([idf, bre].map((service) => untilHomeLearnt(service, candidateId, region, ['jury-decisions'])));
      return candidateId;
    },
    titleAwarded: async (candidateId, region = 'idf', award = {}) => {
      const decision = anAward(award);
      const payload = { candidateId, ...decision, region, titleCode: TSGERI, pathwayId: null, ccpCodes: CCP_CODES, rulebookId: 'seed-2009', ruleIds: ['JURY-OUTCOME'], awardedAt: now() };
      await publisher.publish(TitleAwardedV1, payload, region);
      return { payload };
    },
    ccpsAwarded: async (candidateId, ccpCodes, region = 'idf', award = {}) => {
      const decision = anAward(award);
      await publisher.publish(
        CcpAwardedV1,
        { candidateId, ...decision, region, titleCode: TSGERI, pathwayId: null, ccpCodes: [...ccpCodes], rulebookId: 'seed-2009', ruleIds: ['JURY-OUTCOME', 'CAPITALISATION-WINDOW'], awardedAt: now() },
        region,
      );
    },
    handOver: async (candidateId, from, to) => {
      await publisher.publish(CandidateTransferredV1, { candidateId, fromRegion: from, toRegion: to, transferredAt: now() }, from);
      await publisher.publish(CandidateTransferAcceptedV1, { candidateId, fromRegion: from, toRegion: to, acceptedAt: now() }, to);
      await publisher.publish(CandidateHandedOverV1, { candidateId, fromRegion: from, toRegion: to, handedOverAt: now() }, from);
      // The decisions consumers must know the new home before it speaks on the juries' topic.
      await Promise.all([idf, bre].map((service) => untilHomeLearnt(service, candidateId, to, ['jury-decisions'])));
    },
    erase: async (candidateId, region = 'idf') => {
      identities.erased.add(candidateId);
      await publisher.publish(CandidatePersonalDataErasedV1, { candidateId, erasedAt: now() }, region);
    },
    untilDocuments,
    close: async () => {
      await publisher.close();
      await Promise.all([idf.close(), bre.close()]);
      await identities.close();
    },
  };
};
