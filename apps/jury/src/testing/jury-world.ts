import {
  CandidateHandedOverV1,
  CandidateRegisteredV1,
  CandidateTransferAcceptedV1,
  CandidateTransferredV1,
  CandidateTrainersChangedV1,
  DsppSubmittedV1,
  EvidenceCompletenessChangedV1,
  PathwayOpenedV1,
  VaeAdmissibilityDecidedV1,
} from '@titrepro/contracts';
import { findTitle } from '@titrepro/domain-referential';
import { systemClock } from '@titrepro/service-kit';
import { createSharedTopics, startContractPublisher, startService, untilHomeLearnt, type ContractPublisher, type StartedService } from '@titrepro/service-kit/testing';
import { createKafka } from '@titrepro/messaging';
import { kafkaBrokers, uniqueName, waitFor } from '@titrepro/testing';
import type { Consumer } from 'kafkajs';
import { randomBytes, randomUUID } from 'node:crypto';
import { serviceDefinition } from '../service.definition';

export const TSGERI = 'TP-00495';
const tsgeri = findTitle(TSGERI);
if (!tsgeri) throw new Error('TSGERI must be shipped');
export const CCP_CODES = tsgeri.ccps.map((ccp) => ccp.code);

export type PathwayType = 'continuous-training' | 'vae' | 'discontinuous-training';
export type Outcome =
  | { readonly kind: 'title-awarded' }
  | { readonly kind: 'title-not-awarded'; readonly ccpCodesAwarded: readonly string[] }
  | { readonly kind: 'absent' | 'excused' | 'ccs-awarded' | 'ccs-refused' };

/** A message the juries published, as a downstream system (issuance) reads it. */
export interface Published {
  readonly type: string;
  readonly key: string;
  readonly source: string;
  readonly payload: Record<string, unknown>;
}

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
  /** Waits until the service's file of the candidate holds a fact (a revision beyond `after`). */
  readonly fileRevision: (candidateId: string) => Promise<number>;
  readonly untilFileBeyond: (candidateId: string, revision: number, what: string) => Promise<void>;
  /** Convenes, deliberates as the first member, has every member approve, and seals. */
  readonly decideAndSeal: (sessionId: string, candidateId: string, outcome: Outcome, memberIds: readonly string[], options?: { ccpCodes?: readonly string[]; interview?: boolean }) => Promise<string>;
}

/**
 * Two regions' jury services (`idf`, `bre`) on one Kafka, and the registries and evaluations of both
 * played by a publisher sending what their relays would (same contracts, headers and source): the
 * juries learn candidates, pathways, evidence and each other's awards only from Kafka.
 */
export interface JuryWorld {
  readonly idf: RegionalJury;
  readonly bre: RegionalJury;
  readonly topicPrefix: string;
  readonly publisher: ContractPublisher;
  /** What the juries published so far (their topic, from the beginning). */
  readonly published: Published[];
  /** Registers a candidate in `region` with one pathway towards TSGERI; both juries learn it. */
  readonly candidate: (pathwayType: PathwayType, region?: string) => Promise<{ candidateId: string; pathwayId: string }>;
  /** Publishes the evaluation's completeness for the pathway, `missing` listing the keys still missing. */
  readonly evidence: (
    candidate: { candidateId: string; pathwayId: string },
    pathwayType: PathwayType,
    missing: readonly { key: string; en: string }[],
    region?: string,
    present?: readonly { key: string; en: string }[],
  ) => Promise<void>;
  /** Publishes a DSPP submission (one document per CCP of TSGERI) made at `submittedAt`. */
  readonly dspp: (candidate: { candidateId: string; pathwayId: string }, submittedAt: Date, region?: string) => Promise<void>;
  readonly trainers: (candidateId: string, trainerIds: readonly string[], region?: string) => Promise<void>;
  readonly admissibility: (candidate: { candidateId: string; pathwayId: string }, outcome: 'admissible' | 'inadmissible', region?: string) => Promise<void>;
  /** A transfer as the registries play it: `from` offers the file, `to` accepts it, `from` hands it over. */
  readonly handOver: (candidateId: string, from: string, to: string) => Promise<void>;
  readonly untilPublished: (what: string, matches: (message: Published) => boolean) => Promise<Published>;
  readonly close: () => Promise<void>;
}

const decided = (published: Published[], matches: (message: Published) => boolean) => published.find(matches);

const regionalJury = async (region: string, topicPrefix: string, env: Readonly<Record<string, string>>): Promise<RegionalJury> => {
  const service = await startService(serviceDefinition, { region, topicPrefix, relay: true, consumers: true, env });
  const officer = () => service.bearer('regional-officer');
  const asMember = (memberId: string) => service.bearer('jury-member', { subject: memberId });
  const fileRevision = async (candidateId: string) =>
    Number((await service.query<{ revision: string | null }>(`SELECT max(revision) AS revision FROM event_store.events WHERE stream_id = $1`, [`jurycandidate-${candidateId}`]))[0]?.revision ?? -1);
  return {
    service,
    region,
    officer,
    asMember,
    fileRevision,
    untilFileBeyond: async (candidateId, revision, what) => {
      try {
        await waitFor(`${region}'s jury to learn ${what}`, async () => (await fileRevision(candidateId)) > revision, 30_000, 100);
      } catch (error) {
        // Why it never came, for whoever reads the failure: the consumer's dead letters about the candidate.
        const deadLetters = await service.query(`SELECT consumer, event_type, reason, error FROM messaging.dead_letters WHERE key = $1`, [candidateId]).catch(() => []);
        throw new Error(`${(error as Error).message}; dead letters: ${JSON.stringify(deadLetters)}`);
      }
    },
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
  };
};

/** `env` is given to both regions' services (e.g. OIDC_ISSUERS, to trust a real OpenID provider too). */
export const startJuryWorld = async (env: Readonly<Record<string, string>> = {}): Promise<JuryWorld> => {
  const topicPrefix = await createSharedTopics();
  const [idf, bre] = await Promise.all([regionalJury('idf', topicPrefix, env), regionalJury('bre', topicPrefix, env)]);
  const publisher = await startContractPublisher(topicPrefix);
  const published: Published[] = [];
  const reader: Consumer = createKafka({ brokers: kafkaBrokers(), clientId: 'issuance-of-the-test' }).consumer({ groupId: uniqueName('issuance_test') });
  await reader.connect();
  await reader.subscribe({ topic: `${topicPrefix}titrepro.jury.events`, fromBeginning: true });
  await reader.run({
    eachMessage: async ({ message }) =>
      void published.push({
        type: String(message.headers?.['event-type']),
        key: String(message.key),
        source: String(message.headers?.['source']),
        payload: JSON.parse(String(message.value)) as Record<string, unknown>,
      }),
  });
  const juries = [idf, bre];
  const bothLearn = async (candidateId: string, revisions: readonly number[], what: string) => {
    await Promise.all(juries.map((jury, index) => jury.untilFileBeyond(candidateId, revisions[index] ?? -1, what)));
  };
  const revisionsOf = (candidateId: string) => Promise.all(juries.map((jury) => jury.fileRevision(candidateId)));
  // The services' clock: a test that sets it (rulebooks through time) has the other services' news dated alike.
  const now = () => systemClock.now().toISOString();
  return {
    idf,
    bre,
    topicPrefix,
    publisher,
    published,
    candidate: async (pathwayType, region = 'idf') => {
      const [candidateId, pathwayId] = [randomUUID(), randomUUID()];
      await publisher.publish(CandidateRegisteredV1, { candidateId, region, registeredAt: now() }, region);
      await publisher.publish(PathwayOpenedV1, { candidateId, pathwayId, titleCode: TSGERI, pathway: pathwayType, region, openedAt: now() }, region);
      await Promise.all(juries.map((jury) => waitFor(`${jury.region}'s jury to learn the pathway`, async () => (await jury.fileRevision(candidateId)) >= 1, 30_000, 100)));
      // The consumers of the evaluation's and the juries' topics learn the home from the registry's too.
      await Promise.all(juries.map((jury) => untilHomeLearnt(jury.service, candidateId, region, ['evaluation-evidence', 'jury-awards'])));
      return { candidateId, pathwayId };
    },
    evidence: async ({ candidateId, pathwayId }, pathwayType, missing, region = 'idf', present = []) => {
      const before = await revisionsOf(candidateId);
      const ruleId = pathwayType === 'vae' ? 'EVIDENCE-VAE' : pathwayType === 'continuous-training' ? 'EVIDENCE-CONTINUOUS' : 'CCP-PAIR';
      await publisher.publish(
        EvidenceCompletenessChangedV1,
        {
          candidateId,
          pathwayId,
          titleCode: TSGERI,
          pathwayType,
          rulebookId: 'seed-2009',
          ruleIds: [ruleId],
          complete: missing.length === 0,
          present: present.map((item) => ({ ...item, fr: item.en })),
          missing: missing.map((item) => ({ ...item, fr: item.en })),
          changedAt: now(),
        },
        region,
      );
      await bothLearn(candidateId, before, 'the evidence');
    },
    dspp: async ({ candidateId, pathwayId }, submittedAt, region = 'idf') => {
      const before = await revisionsOf(candidateId);
      const documents = CCP_CODES.map((ccpCode) => ({ ccpCode, documentId: randomUUID(), sha256: randomBytes(32).toString('hex'), size: 1024, mediaType: 'application/pdf' }));
      await publisher.publish(DsppSubmittedV1, { candidateId, pathwayId, titleCode: TSGERI, submissionId: randomUUID(), supersedes: null, documents, submittedAt: submittedAt.toISOString() }, region);
      await bothLearn(candidateId, before, 'the DSPP');
    },
    trainers: async (candidateId, trainerIds, region = 'idf') => {
      const before = await revisionsOf(candidateId);
      await publisher.publish(CandidateTrainersChangedV1, { candidateId, trainerIds: [...trainerIds], changedAt: now() }, region);
      await bothLearn(candidateId, before, 'the trainers');
    },
    admissibility: async ({ candidateId, pathwayId }, outcome, region = 'idf') => {
      const before = await revisionsOf(candidateId);
      await publisher.publish(
        VaeAdmissibilityDecidedV1,
        { candidateId, pathwayId, titleCode: TSGERI, outcome, reasonCode: outcome === 'admissible' ? 'VAE-EXPERIENCE' : 'VAE-EXPERIENCE', rulebookId: 'seed-2009', ruleIds: ['VAE-EXPERIENCE'], decidedAt: now() },
        region,
      );
      await bothLearn(candidateId, before, 'the admissibility');
    },
    handOver: async (candidateId, from, to) => {
      const before = await revisionsOf(candidateId);
      await publisher.publish(CandidateTransferredV1, { candidateId, fromRegion: from, toRegion: to, transferredAt: now() }, from);
      await publisher.publish(CandidateTransferAcceptedV1, { candidateId, fromRegion: from, toRegion: to, acceptedAt: now() }, to);
      await publisher.publish(CandidateHandedOverV1, { candidateId, fromRegion: from, toRegion: to, handedOverAt: now() }, from);
      await bothLearn(candidateId, before, 'the handover');
      // The consumers reading the evaluation's and the juries' topics must know the new home before it speaks there.
      await Promise.all(juries.map((jury) => untilHomeLearnt(jury.service, candidateId, to, ['evaluation-evidence', 'jury-awards'])));
    },
    untilPublished: async (what, matches) => {
      await waitFor(what, async () => decided(published, matches) !== undefined, 30_000, 100);
      const found = decided(published, matches);
      if (!found) throw new Error(`${what}: not published`);
      return found;
    },
    close: async () => {
      await reader.disconnect();
      await publisher.close();
      await Promise.all(juries.map((jury) => jury.service.close()));
    },
  };
};
