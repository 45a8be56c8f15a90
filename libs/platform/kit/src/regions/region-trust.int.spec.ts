import {
  CandidateHandedOverV1,
  CandidateTrainersChangedV1,
  CandidatePersonalDataErasedV1,
  CandidateRegisteredV1,
  CandidateTransferAcceptedV1,
  CandidateTransferredV1,
  PathwayOpenedV1,
  type IntegrationContract,
} from '@titrepro/contracts';
import { createKafka } from '@titrepro/messaging';
import { kafkaBrokers, waitFor } from '@titrepro/testing';
import type { Message, Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { admissions, admit } from '../testing/admissions-probe';
import { kitProbe } from '../testing/kit-probe';
import { atMinute as at, relayMessage } from '../testing/relay-messages';
import { createSharedTopics, startService, type StartedService } from '../testing/start-service';

// A probe service in region `bre`: it records, per candidate, every registry event its consumer admitted.
const probe = kitProbe({
  name: 'kit-trust-probe',
  description: 'Records the registry events it admits.',
  kit: {
    erasure: { purge: async (manager, subjectId) => void (await manager.query('INSERT INTO probe_purged (subject_id) VALUES ($1)', [subjectId])) },
    consumers: [
      {
        name: 'admissions',
        contexts: ['registry'],
        candidates: 'every-region',
        commandsFor: (event) => [{ stream: admissions.stream(event.payload.candidateId), command: admit({ type: event.type, region: event.source ?? '' }) }],
      },
      {
        // Reads the evaluation's topic, which is not ordered with the registry's.
        name: 'evidence',
        contexts: ['evaluation'],
        candidates: 'every-region',
        commandsFor: (event) =>
          event.type === 'CandidateTrainersChanged' ? [{ stream: admissions.stream(`evidence-${event.payload.candidateId}`), command: admit({ type: event.type, region: event.source ?? '' }) }] : [],
      },
    ],
  },
});

// Short, so that an expiry can be watched; long enough for a test's registry news to arrive first.
const AWAITING_HOME_TIMEOUT_SECONDS = 8;

/** A registry event as `region`'s relay would publish it (or a forger claiming that region). */
const message = (region: string, contract: IntegrationContract, payload: Record<string, unknown>, occurredAt: string, service = 'registry'): Message =>
  relayMessage(contract, payload, { region, occurredAt, service });

describe('region trust: a consumer admits an event about a candidate only from their home region (real PostgreSQL and Kafka)', () => {
  let service: StartedService;
  let producer: Producer;
  let topic: string;
  let evaluationTopic: string;
  const send = async (...messages: Message[]) => producer.send({ topic, messages });
  const sendEvaluation = async (...messages: Message[]) => producer.send({ topic: evaluationTopic, messages });
  const trainersChanged = (region: string, candidateId: string, minute: number) =>
    message(region, CandidateTrainersChangedV1, { candidateId, trainerIds: [randomUUID()], changedAt: at(minute) }, at(minute), 'evaluation');
  const evidenceAdmitted = async (candidateId: string) =>
    (await service.query<{ data: { region: string } }>(`SELECT data FROM event_store.events WHERE stream_id = $1 ORDER BY revision`, [`admitted-evidence-${candidateId}`])).map((row) =>
      row.data.region.replace('titrepro.evaluation/', ''),
    );
  const evidenceLetters = async (candidateId: string) =>
    service.query<{ reason: string; error: string }>(`SELECT reason, error FROM messaging.dead_letters WHERE consumer = $1 AND key = $2 ORDER BY sequence`, [
      'kit-trust-probe.bre.evidence',
      candidateId,
    ]);
  const admitted = async (candidateId: string) =>
    (await service.query<{ data: { type: string; region: string } }>(`SELECT data FROM event_store.events WHERE stream_id = $1 ORDER BY revision`, [`admitted-${candidateId}`])).map(
      (row) => `${row.data.type}@${row.data.region.replace('titrepro.registry/', '')}`,
    );
  const rejections = async (candidateId: string) =>
    service.query<{ reason: string; error: string }>(`SELECT reason, error FROM messaging.dead_letters WHERE consumer = $1 AND key = $2 ORDER BY sequence`, [
      'kit-trust-probe.bre.admissions',
      candidateId,
    ]);

  beforeAll(async () => {
    const topicPrefix = await createSharedTopics();
    topic = `${topicPrefix}titrepro.registry.events`;
    evaluationTopic = `${topicPrefix}titrepro.evaluation.events`;
    service = await startService(probe, { region: 'bre', topicPrefix, consumers: true, env: { AWAITING_HOME_TIMEOUT_SECONDS: String(AWAITING_HOME_TIMEOUT_SECONDS) } });
    await service.query('CREATE TABLE probe_purged (subject_id text NOT NULL)');
    producer = createKafka({ brokers: kafkaBrokers(), clientId: 'region-trust-test' }).producer();
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await service?.close();
  });

  it("refuses a second region's registration of the same id and a non-home region's event, without holding the candidate's later events", async () => {
    const candidateId = randomUUID();
    await send(
      message('idf', CandidateRegisteredV1, { candidateId, region: 'idf', registeredAt: at(0) }, at(0)),
      message('ara', CandidateRegisteredV1, { candidateId, region: 'ara', registeredAt: at(1) }, at(1)),
      message('ara', PathwayOpenedV1, { candidateId, pathwayId: 'p-1', titleCode: 'TP-00495', pathway: 'vae', region: 'ara', openedAt: at(2) }, at(2)),
      message('idf', PathwayOpenedV1, { candidateId, pathwayId: 'p-2', titleCode: 'TP-00495', pathway: 'vae', region: 'idf', openedAt: at(3) }, at(3)),
    );
    await waitFor('the home region’s pathway admitted', async () => (await admitted(candidateId)).length === 2, 30_000, 100);
    expect(await admitted(candidateId)).toEqual(['CandidateRegistered@idf', 'PathwayOpened@idf']);
    expect(await rejections(candidateId)).toEqual([
      { reason: 'untrusted-source', error: expect.stringContaining(`candidate ${candidateId} was registered by region idf`) },
      { reason: 'untrusted-source', error: expect.stringContaining('their home region is idf') },
    ]);
  });

  it('moves the home region on a handover the receiving region accepted, and only then', async () => {
    const candidateId = randomUUID();
    const opened = (region: string, minute: number) =>
      message(region, PathwayOpenedV1, { candidateId, pathwayId: `p-${minute}`, titleCode: 'TP-00495', pathway: 'vae', region, openedAt: at(minute) }, at(minute));
    await send(
      message('idf', CandidateRegisteredV1, { candidateId, region: 'idf', registeredAt: at(0) }, at(0)),
      // A handover nobody accepted is refused: the home stays idf.
      message('idf', CandidateHandedOverV1, { candidateId, fromRegion: 'idf', toRegion: 'bre', handedOverAt: at(1) }, at(1)),
      message('idf', CandidateTransferredV1, { candidateId, fromRegion: 'idf', toRegion: 'bre', transferredAt: at(2) }, at(2)),
      // Only the region offered the file answers.
      message('ara', CandidateTransferAcceptedV1, { candidateId, fromRegion: 'idf', toRegion: 'ara', acceptedAt: at(3) }, at(3)),
      message('bre', CandidateTransferAcceptedV1, { candidateId, fromRegion: 'idf', toRegion: 'bre', acceptedAt: at(4) }, at(4)),
      opened('bre', 5),
      message('idf', CandidateHandedOverV1, { candidateId, fromRegion: 'idf', toRegion: 'bre', handedOverAt: at(6) }, at(6)),
      opened('bre', 7),
      opened('idf', 8),
    );
    await waitFor('the new home region’s pathway admitted', async () => (await admitted(candidateId)).includes('PathwayOpened@bre'), 30_000, 100);
    await waitFor('every message handled', async () => (await admitted(candidateId)).length + (await rejections(candidateId)).length === 9, 30_000, 100);
    expect(await admitted(candidateId)).toEqual(['CandidateRegistered@idf', 'CandidateTransferred@idf', 'CandidateTransferAccepted@bre', 'CandidateHandedOver@idf', 'PathwayOpened@bre']);
    expect((await rejections(candidateId)).map((rejection) => rejection.error)).toEqual([
      expect.stringContaining('region bre did not accept an offer of this file'),
      expect.stringContaining('the open offer is from region idf to region bre'),
      expect.stringContaining('their home region is idf'),
      expect.stringContaining('their home region is bre'),
    ]);
  });

  it('erases a candidate on CandidatePersonalDataErased from their home region: key forgotten, read models purged, once even if delivered twice', async () => {
    const candidateId = randomUUID();
    const erased = message('idf', CandidatePersonalDataErasedV1, { candidateId, erasedAt: at(2) }, at(2));
    await send(message('idf', CandidateRegisteredV1, { candidateId, region: 'idf', registeredAt: at(0) }, at(0)), erased, erased);
    await waitFor('the read models purged', async () => (await service.query('SELECT 1 FROM probe_purged WHERE subject_id = $1', [candidateId])).length > 0, 30_000, 100);
    expect(await service.query('SELECT subject_id FROM probe_purged WHERE subject_id = $1', [candidateId])).toHaveLength(1);
    expect(await service.queryKeys('SELECT subject_id FROM kit_trust_probe.forgotten_subjects WHERE subject_id = $1', [candidateId])).toHaveLength(1);
  });

  it('defers an event of another context that arrives before the registration, and applies it when the registration comes', async () => {
    const candidateId = randomUUID();
    await sendEvaluation(trainersChanged('idf', candidateId, 1));
    await waitFor('the early event deferred', async () => (await evidenceLetters(candidateId)).length === 1, 30_000, 100);
    expect(await evidenceLetters(candidateId)).toEqual([{ reason: 'deferred', error: expect.stringContaining('no registration of this candidate was seen') }]);
    await send(message('idf', CandidateRegisteredV1, { candidateId, region: 'idf', registeredAt: at(0) }, at(0)));
    await waitFor('the deferred event applied', async () => (await evidenceAdmitted(candidateId)).length === 1, 30_000, 100);
    expect(await evidenceAdmitted(candidateId)).toEqual(['idf']);
    expect(await evidenceLetters(candidateId)).toEqual([]);
  });

  it("holds the new home's first events until the handover reaches this consumer, then applies them in order, the old home's still applied meanwhile", async () => {
    const candidateId = randomUUID();
    await send(message('idf', CandidateRegisteredV1, { candidateId, region: 'idf', registeredAt: at(0) }, at(0)));
    // bre decided these after the handover (minute 6), but its topic runs ahead of the registry's here.
    await sendEvaluation(trainersChanged('bre', candidateId, 7), trainersChanged('bre', candidateId, 8), trainersChanged('idf', candidateId, 2));
    await waitFor('the new home’s events deferred', async () => (await evidenceLetters(candidateId)).length === 2, 30_000, 100);
    await waitFor('the old home’s event applied', async () => (await evidenceAdmitted(candidateId)).length === 1, 30_000, 100);
    expect((await evidenceLetters(candidateId)).map((letter) => letter.reason)).toEqual(['deferred', 'deferred']);
    expect(await evidenceAdmitted(candidateId)).toEqual(['idf']);
    // Shown on readiness, without degrading it: the news normally follows within seconds.
    const ready = (await service.http().get('/health/ready')).body.checks['consumer:evidence'];
    expect(ready).toMatchObject({ status: 'up', details: { deadLetters: 0, deferred: expect.any(Number) } });
    expect(ready.details.deferred).toBeGreaterThanOrEqual(2);
    await send(
      message('idf', CandidateTransferredV1, { candidateId, fromRegion: 'idf', toRegion: 'bre', transferredAt: at(3) }, at(3)),
      message('bre', CandidateTransferAcceptedV1, { candidateId, fromRegion: 'idf', toRegion: 'bre', acceptedAt: at(4) }, at(4)),
      message('idf', CandidateHandedOverV1, { candidateId, fromRegion: 'idf', toRegion: 'bre', handedOverAt: at(6) }, at(6)),
    );
    await waitFor('the deferred events applied', async () => (await evidenceAdmitted(candidateId)).length === 3, 30_000, 100);
    expect(await evidenceAdmitted(candidateId)).toEqual(['idf', 'bre', 'bre']);
    expect(await evidenceLetters(candidateId)).toEqual([]);
  });

  it('dead-letters as untrusted, on the dead-letter topic too, an event no registry news vouches for in time', async () => {
    const candidateId = randomUUID();
    const reader = createKafka({ brokers: kafkaBrokers(), clientId: 'region-trust-dlq' }).consumer({ groupId: `region-trust-dlq-${randomUUID()}` });
    const onDeadLetterTopic: string[] = [];
    await reader.connect();
    await reader.subscribe({ topic: `${evaluationTopic}.dlq`, fromBeginning: true });
    await reader.run({ eachMessage: async ({ message: dead }) => void (dead.key?.toString() === candidateId && onDeadLetterTopic.push(dead.headers?.['dlq-reason']?.toString() ?? '')) });
    try {
      await send(message('idf', CandidateRegisteredV1, { candidateId, region: 'idf', registeredAt: at(0) }, at(0)));
      await sendEvaluation(trainersChanged('ara', candidateId, 3));
      await waitFor('the event deferred', async () => (await evidenceLetters(candidateId)).length === 1, 30_000, 100);
      expect((await evidenceLetters(candidateId))[0]?.reason).toBe('deferred');
      await waitFor('the deferral expired', async () => (await evidenceLetters(candidateId))[0]?.reason !== 'deferred', 60_000, 250);
      expect(await evidenceLetters(candidateId)).toEqual([
        { reason: 'untrusted-source', error: expect.stringMatching(new RegExp(`from region ara: their home region was idf .*still so ${AWAITING_HOME_TIMEOUT_SECONDS} s after`)) },
      ]);
      await waitFor('the dead letter on the dead-letter topic', async () => onDeadLetterTopic.length > 0, 30_000, 100);
      expect(onDeadLetterTopic).toEqual(['untrusted-source']);
      expect(await evidenceAdmitted(candidateId)).toEqual([]);
      // Untrusted, it holds nothing: the home region's next event is applied.
      await sendEvaluation(trainersChanged('idf', candidateId, 4));
      await waitFor('the home region’s event applied', async () => (await evidenceAdmitted(candidateId)).length === 1, 30_000, 100);
    } finally {
      await reader.disconnect();
    }
  });
});
