import { TestWorld, TSGERI, type CandidateScenario, type StartedService } from '@titrepro/service-kit/testing';
import { randomBytes } from 'node:crypto';
import { serviceDefinition } from '../service.definition';

/** The DSPP limit the tests run with: small, so an oversized document is cheap to send. */
export const DSPP_MAX_BYTES = 64 * 1024;

/**
 * Region idf's evaluation in a TestWorld: idf's registry (and another region's) played by its
 * publisher, so the evaluation learns candidates and pathways only from Kafka.
 */
export interface EvaluationWorld {
  readonly world: TestWorld;
  readonly evaluation: StartedService;
  /** A candidate registered by idf's registry unless told: `world.candidate().vae()`. */
  readonly candidate: () => CandidateScenario;
  /** Registers an assessor of idf in the evaluation service. */
  readonly assessor: (kind: 'professional' | 'trainer', options?: { specialtyTitleCode?: string | null; titles?: string[] }) => Promise<string>;
  /** Assigns an assessor, as idf's officer. */
  readonly assign: (candidateId: string, pathwayId: string, assessorId: string, scope: Record<string, unknown>) => Promise<void>;
  readonly close: () => Promise<void>;
}

export const startEvaluationWorld = async (): Promise<EvaluationWorld> => {
  const world = await TestWorld.start({ service: serviceDefinition, regions: ['idf'], env: () => ({ DSPP_MAX_BYTES: String(DSPP_MAX_BYTES) }) });
  const evaluation = world.deployment('idf');
  const officer = await evaluation.bearer('regional-officer');
  return {
    world,
    evaluation,
    candidate: () => world.candidate(),
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
    close: () => world.close(),
  };
};

/** A minimal valid PDF carrying `text`. */
export const pdfWith = (text: string): Buffer =>
  Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'utf8');

/** An ELF executable's first bytes, to be sent as a ".pdf". */
export const executable = (): Buffer => Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), randomBytes(512)]);
