import { CandidatePersonalDataErasedV1, CandidateRegisteredV1, PathwayOpenedV1, type IntegrationContract } from '@titrepro/contracts';
import { findTitle } from '@titrepro/domain-referential';
import { createSharedTopics, startContractPublisher, startService, type StartedService } from '@titrepro/service-kit/testing';
import { waitFor } from '@titrepro/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { serviceDefinition } from '../service.definition';

export const TSGERI = 'TP-00495';
const tsgeri = findTitle(TSGERI);
if (!tsgeri) throw new Error('TSGERI must be shipped');
export const CCP_CODES = tsgeri.ccps.map((ccp) => ccp.code);
export const competencesOf = (ccpCode: string): readonly string[] => tsgeri.ccps.find((ccp) => ccp.code === ccpCode)?.competences ?? [];
export const allCompetences = (): readonly string[] => tsgeri.ccps.flatMap((ccp) => ccp.competences);

/** The DSPP limit the tests run with: small, so an oversized document is cheap to send. */
export const DSPP_MAX_BYTES = 64 * 1024;

/**
 * Region idf's evaluation on a real Kafka, and idf's registry played by a producer that publishes
 * what the registry's relay would (same contracts, headers and source): the evaluation learns
 * candidates and pathways only from those events.
 */
export interface EvaluationWorld {
  readonly evaluation: StartedService;
  /** Publishes a registry event as a region's registry relay would (idf's unless told). */
  readonly publishAsRegistry: <Contract extends IntegrationContract>(contract: Contract, payload: Record<string, unknown>, region?: string) => Promise<void>;
  readonly topicPrefix: string;
  /** Registers a candidate with one pathway in the registry and waits until the evaluation knows it. */
  readonly candidateWithPathway: (pathwayType: 'continuous-training' | 'vae' | 'discontinuous-training') => Promise<{ candidateId: string; pathwayId: string }>;
  /** Publishes the registry's CandidatePersonalDataErased for the candidate. */
  readonly erase: (candidateId: string) => Promise<void>;
  /** Registers an assessor of idf in the evaluation service. */
  readonly assessor: (kind: 'professional' | 'trainer', options?: { specialtyTitleCode?: string | null; titles?: string[] }) => Promise<string>;
  /** Assigns an assessor, as idf's officer. */
  readonly assign: (candidateId: string, pathwayId: string, assessorId: string, scope: Record<string, unknown>) => Promise<void>;
  readonly close: () => Promise<void>;
}

export const startEvaluationWorld = async (): Promise<EvaluationWorld> => {
  const topicPrefix = await createSharedTopics();
  const evaluation = await startService(serviceDefinition, { region: 'idf', topicPrefix, relay: true, consumers: true, env: { DSPP_MAX_BYTES: String(DSPP_MAX_BYTES) } });
  const registry = await startContractPublisher(topicPrefix);
  const officer = await evaluation.bearer('regional-officer');
  const publishAsRegistry = async <Contract extends IntegrationContract>(contract: Contract, payload: Record<string, unknown>, region = 'idf') => {
    await registry.publish(contract, payload, region);
  };
  return {
    evaluation,
    topicPrefix,
    publishAsRegistry,
    candidateWithPathway: async (pathwayType) => {
      const [candidateId, pathwayId] = [randomUUID(), randomUUID()];
      const now = new Date().toISOString();
      await publishAsRegistry(CandidateRegisteredV1, { candidateId, region: 'idf', registeredAt: now });
      await publishAsRegistry(PathwayOpenedV1, { candidateId, pathwayId, titleCode: TSGERI, pathway: pathwayType, region: 'idf', openedAt: now });
      await waitFor(
        'the evaluation to learn the pathway from Kafka',
        async () => (await evaluation.query(`SELECT 1 FROM event_store.events WHERE stream_id = $1 AND type = 'PathwayRecorded'`, [`evaluation-${candidateId}`])).length > 0,
        30_000,
        100,
      );
      return { candidateId, pathwayId };
    },
    erase: (candidateId) => publishAsRegistry(CandidatePersonalDataErasedV1, { candidateId, erasedAt: new Date().toISOString() }),
    assessor: async (kind, options = {}) => {
      const body = {
        kind,
        ...(kind === 'trainer' ? { specialtyTitleCode: options.specialtyTitleCode ?? TSGERI } : {}),
        qualifiedTitleCodes: options.titles ?? [TSGERI],
        familyName: `Évaluateur${randomBytes(3).toString('hex')}`,
        givenNames: ['Jean'],
      };
      const { body: created } = await evaluation.http().post('/assessors').set('Authorization', officer).send(body).expect(201);
      return created.assessorId as string;
    },
    assign: async (candidateId, pathwayId, assessorId, scope) => {
      await evaluation.http().post(`/candidates/${candidateId}/assignments`).set('Authorization', officer).send({ pathwayId, assessorId, scope }).expect(201);
    },
    close: async () => {
      await registry.close();
      await evaluation.close();
    },
  };
};

/** A minimal valid PDF carrying `text`. */
export const pdfWith = (text: string): Buffer =>
  Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'utf8');

/** An ELF executable's first bytes, to be sent as a ".pdf". */
export const executable = (): Buffer => Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), randomBytes(512)]);
