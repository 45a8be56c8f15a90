import { TestWorld, TSGERI, type CandidateScenario, type StartedService, type TopicLog } from '@titrepro/service-kit/testing';
import { waitFor } from '@titrepro/testing';
import { randomBytes } from 'node:crypto';
import { serviceDefinition } from '../service.definition';

export type Outcome =
  | { readonly kind: 'title-awarded' }
  | { readonly kind: 'title-not-awarded'; readonly ccpCodesAwarded: readonly string[] }
  | { readonly kind: 'absent' | 'excused' | 'ccs-awarded' | 'ccs-refused' };

/** One region's jury service, with its officer's and members' ways in. */
export interface RegionalJury {
  readonly service: StartedService;
  readonly region: string;
  readonly officer: () => Promise<string>;
  readonly asMember: (memberId: string) => Promise<string>;
  /** Registers `count` jury members habilitated for TSGERI (optionally the same person as an assessor). */
  readonly members: (count: number, options?: { assessorId?: string }) => Promise<string[]>;
  /** Schedules a session, names its jury, and returns its id. */
  readonly session: (options: { kind: 'title' | 'ccp' | 'ccs'; date: string; memberIds: readonly string[] }) => Promise<string>;
  /** Convenes, deliberates as the first member, has every member approve, and seals. */
  readonly decideAndSeal: (sessionId: string, candidateId: string, outcome: Outcome, memberIds: readonly string[], options?: { ccpCodes?: readonly string[]; interview?: boolean }) => Promise<string>;
  /** Waits until this region's view of the candidate holds these CCPs (awarded by whichever region). */
  readonly untilHolds: (candidateId: string, ccpCodes: readonly string[]) => Promise<void>;
}

/**
 * Two regions' jury services (`idf`, `bre`) in a TestWorld: the registries and evaluations of both
 * are played by its publisher, and the juries learn candidates, pathways, evidence and each other's
 * awards only from Kafka. `awards` reads what the juries published, as the issuance would.
 */
export interface JuryWorld {
  readonly world: TestWorld;
  readonly idf: RegionalJury;
  readonly bre: RegionalJury;
  readonly awards: TopicLog;
  /** A candidate registered by idf's registry unless told: `world.candidate().continuousTraining().evidenceComplete()`. */
  readonly candidate: () => CandidateScenario;
  readonly close: () => Promise<void>;
}

const regionalJury = (service: StartedService): RegionalJury => {
  const officer = () => service.bearer('regional-officer');
  const asMember = (memberId: string) => service.bearer('jury-member', { subject: memberId });
  return {
    service,
    region: service.region,
    officer,
    asMember,
    members: async (count, options = {}) => {
      const token = await officer();
      const ids: string[] = [];
      for (let index = 0; index < count; index += 1) {
        const body = { titleCodes: [TSGERI], familyName: `Jurée${randomBytes(3).toString('hex')}`, givenNames: ['Claire'], ...(index === 0 && options.assessorId ? { assessorId: options.assessorId } : {}) };
        const { body: created } = await service.http().post('/jury-members').set('Authorization', token).send(body).expect(201);
        ids.push(created.memberId as string);
      }
      return ids;
    },
    session: async ({ kind, date, memberIds }) => {
      const token = await officer();
      const { body: created } = await service.http().post('/sessions').set('Authorization', token).send({ titleCode: TSGERI, date, kind }).expect(201);
      await service.http().put(`/sessions/${created.sessionId}/jury`).set('Authorization', token).send({ memberIds }).expect(200);
      return created.sessionId as string;
    },
    decideAndSeal: async (sessionId, candidateId, outcome, memberIds, options = {}) => {
      const token = await officer();
      await service.http().post(`/sessions/${sessionId}/candidates`).set('Authorization', token).send({ candidateId, ...(options.ccpCodes ? { ccpCodes: options.ccpCodes } : {}) }).expect(201);
      const [first] = memberIds;
      if (!first) throw new Error('a jury has members');
      if (options.interview) await service.http().post(`/sessions/${sessionId}/candidates/${candidateId}/interview`).set('Authorization', await asMember(first)).send({}).expect(201);
      const { body: decision } = await service.http().post(`/sessions/${sessionId}/candidates/${candidateId}/deliberation`).set('Authorization', await asMember(first)).send({ outcome }).expect(201);
      const { body: minutes } = await service.http().get(`/sessions/${sessionId}/minutes`).set('Authorization', token).expect(200);
      for (const memberId of memberIds) {
        await service.http().post(`/sessions/${sessionId}/minutes/approvals`).set('Authorization', await asMember(memberId)).send({ minutesHash: minutes.minutesHash }).expect(201);
      }
      await service.http().post(`/sessions/${sessionId}/minutes/seal`).set('Authorization', token).expect(200);
      return decision.decisionId as string;
    },
    untilHolds: async (candidateId, ccpCodes) => {
      const token = await officer();
      await waitFor(`${service.region}'s jury to hold ${ccpCodes.join(', ')}`, async () => {
        const { body } = await service.http().get(`/candidates/${candidateId}`).set('Authorization', token);
        const held: string[] = (body.ccpsHeld ?? []).map((ccp: { ccpCode: string }) => ccp.ccpCode);
        return ccpCodes.every((code) => held.includes(code));
      }, 30_000, 100);
    },
  };
};

/** `env` is given to both regions' services (e.g. OIDC_ISSUERS, to trust a real OpenID provider too). */
export const startJuryWorld = async (env: Readonly<Record<string, string>> = {}): Promise<JuryWorld> => {
  const world = await TestWorld.start({ service: serviceDefinition, regions: ['idf', 'bre'], env: () => env });
  const awards = await world.listen('jury');
  return { world, idf: regionalJury(world.deployment('idf')), bre: regionalJury(world.deployment('bre')), awards, candidate: () => world.candidate(), close: () => world.close() };
};
