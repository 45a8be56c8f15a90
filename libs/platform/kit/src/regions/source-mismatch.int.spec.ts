import { CandidateRegisteredV1, TitleAwardedV1, type IntegrationContract } from '@titrepro/contracts';
import { createKafka } from '@titrepro/messaging';
import { kafkaBrokers, waitFor } from '@titrepro/testing';
import type { Message, Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { admissions, admit } from '../testing/admissions-probe';
import { kitProbe } from '../testing/kit-probe';
import { atMinute as at, relayMessage } from '../testing/relay-messages';
import { createSharedTopics, startService, type StartedService } from '../testing/start-service';

// Defect 7 of issue 17: a TitleAwarded whose source header said idf and whose payload said bre was
// admitted (idf was the home) and, the consumer having nothing to do with it, left no trace at all.
const probe = kitProbe({
  name: 'kit-mismatch-probe',
  description: 'Records the jury events it admits.',
  kit: {
    consumers: [
      {
        name: 'awards',
        contexts: ['jury'],
        candidates: 'every-region',
        commandsFor: (event) => (event.type === 'TitleAwarded' ? [{ stream: admissions.stream(event.payload.candidateId), command: admit({ type: event.type, region: event.source ?? '' }) }] : []),
      },
    ],
  },
});

/** A message as `region`'s relay of `service` would publish it (a forger may name another service). */
const message = (region: string, contract: IntegrationContract, payload: Record<string, unknown>, minute: number, service?: string): Message =>
  relayMessage(contract, payload, { region, occurredAt: at(minute), service });

describe('a message that contradicts itself is refused with its reason, holding nothing (real PostgreSQL and Kafka)', () => {
  let service: StartedService;
  let producer: Producer;
  let prefix: string;
  const award = (candidateId: string, region: string, minute: number) => ({
    candidateId,
    decisionId: randomUUID(),
    sessionId: randomUUID(),
    region,
    titleCode: 'TP-00495',
    pathwayId: null,
    ccpCodes: ['CCP1'],
    decidedOn: '2026-01-05',
    rulebookId: 'rb',
    ruleIds: ['JURY-OUTCOME'],
    awardedAt: at(minute),
  });
  const letters = (candidateId: string) =>
    service.query<{ reason: string; error: string }>(`SELECT reason, error FROM messaging.dead_letters WHERE consumer = $1 AND key = $2 ORDER BY sequence`, ['kit-mismatch-probe.idf.awards', candidateId]);
  const admitted = async (candidateId: string) => (await service.query(`SELECT 1 FROM event_store.events WHERE stream_id = $1`, [`admitted-${candidateId}`])).length;

  beforeAll(async () => {
    prefix = await createSharedTopics();
    service = await startService(probe, { region: 'idf', topicPrefix: prefix, consumers: true });
    producer = createKafka({ brokers: kafkaBrokers(), clientId: 'source-mismatch-test' }).producer();
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await service?.close();
  });

  it('dead-letters as untrusted-source a TitleAwarded whose payload names another region than its source, a message keyed by another candidate, one whose source names another context, one dated nowhere and one whose event id is no UUID', async () => {
    const candidateId = randomUUID();
    const other = randomUUID();
    await producer.send({ topic: `${prefix}titrepro.registry.events`, messages: [message('idf', CandidateRegisteredV1, { candidateId, region: 'idf', registeredAt: at(0) }, 0)] });
    const keyedByAnother = { ...message('idf', TitleAwardedV1, award(candidateId, 'idf', 2), 2), key: other };
    const undated = message('idf', TitleAwardedV1, award(candidateId, 'idf', 2), 2);
    const misdated = { ...undated, headers: { ...undated.headers, 'occurred-at': '2026-02-30T25:00:00Z' } };
    await producer.send({
      topic: `${prefix}titrepro.jury.events`,
      messages: [
        message('idf', TitleAwardedV1, award(candidateId, 'bre', 1), 1),
        message('idf', TitleAwardedV1, award(candidateId, 'idf', 2), 2, 'registry'),
        keyedByAnother,
        misdated,
        message('idf', TitleAwardedV1, award(candidateId, 'idf', 3), 3),
      ],
    });
    // Found by the consumer fuzz suite: an event id that is no UUID failed every attempt (22P02) and held the candidate.
    const unidentified = randomUUID();
    const registration = message('idf', CandidateRegisteredV1, { candidateId: unidentified, region: 'idf', registeredAt: at(4) }, 4);
    await producer.send({ topic: `${prefix}titrepro.registry.events`, messages: [{ ...registration, headers: { ...registration.headers, 'event-id': 'titrepro./idf' } }] });
    await waitFor('the consistent award admitted', async () => (await admitted(candidateId)) === 1, 30_000, 100);
    await waitFor('the unidentified registration refused', async () => (await letters(unidentified)).length === 1, 30_000, 100);
    expect(await letters(unidentified)).toEqual([{ reason: 'untrusted-source', error: expect.stringContaining('source-mismatch: its event id "titrepro./idf" is not a UUID') }]);
    await waitFor('the key mismatch refused', async () => (await letters(other)).length === 1, 30_000, 100);
    expect(await letters(candidateId)).toEqual([
      { reason: 'untrusted-source', error: expect.stringContaining("source-mismatch: the source header says region idf, its payload's region says bre") },
      { reason: 'untrusted-source', error: expect.stringContaining("source-mismatch: the source header names the registry context, but TitleAwarded is the jury's") },
      { reason: 'untrusted-source', error: expect.stringContaining('source-mismatch: its occurred-at header "2026-02-30T25:00:00Z" is not an ISO 8601 instant') },
    ]);
    // The consumer itself refuses it before decoding (messaging); the kit's own check stays behind it.
    expect(await letters(other)).toEqual([{ reason: 'invalid-payload', error: expect.stringContaining('the key is not the candidateId') }]);
  });
});
