import { DEAD_LETTER_HEADERS, EVENT_HEADERS } from '@titrepro/contracts';
import type { EventStore } from '@titrepro/event-store';
import { createKafka } from '@titrepro/messaging';
import { EVENT_STORE } from '@titrepro/service-kit';
import { createSharedTopics, dumpDatabase, startService, type StartedService } from '@titrepro/service-kit/testing';
import { kafkaBrokers, uniqueName } from '@titrepro/testing';
import type { Consumer, KafkaMessage } from 'kafkajs';
import { randomBytes, randomUUID } from 'node:crypto';
import { serviceDefinition } from '../service.definition';
import { eventually, registration, TSGERI } from '../testing/registry-test-app';

interface Seen {
  readonly topic: string;
  readonly message: KafkaMessage;
}

const header = (message: KafkaMessage, name: string): string | undefined => message.headers?.[name]?.toString();

describe('two regional registries (idf, bre) on one Kafka: transfer is a handover, erasure reaches every copy (real PostgreSQL and Kafka)', () => {
  let idf: StartedService;
  let bre: StartedService;
  let topic: string;
  let watcher: Consumer;
  const seen: Seen[] = [];

  const officerOf = (region: StartedService) => region.bearer('regional-officer');
  const auditor = (region: StartedService) => region.bearer('auditor', { auditorScope: 'national' });

  /** Registers a candidate in idf with a VAE pathway and offers the file to bre. */
  const offerToBre = async () => {
    const body = registration(randomBytes(4).toString('hex'));
    const idfOfficer = await officerOf(idf);
    const { body: created } = await idf.http().post('/candidates').set('Authorization', idfOfficer).send(body).expect(201);
    const candidateId = created.candidateId as string;
    await idf.http().post(`/candidates/${candidateId}/pathways`).set('Authorization', idfOfficer).send({ titleCode: TSGERI, pathwayType: 'vae' }).expect(201);
    await idf.http().post(`/candidates/${candidateId}/transfer`).set('Authorization', idfOfficer).send({ toRegion: 'bre' }).expect(200);
    await eventually(
      "the offer in bre's incoming list",
      async () => ((await bre.http().get('/transfers/incoming').set('Authorization', await officerOf(bre))).body as { candidateId: string }[]).some((offer) => offer.candidateId === candidateId),
      30_000,
    );
    return { candidateId, body };
  };

  /** An offer accepted by bre, up to the file received there. */
  const handOverToBre = async () => {
    const offered = await offerToBre();
    await bre.http().post(`/transfers/incoming/${offered.candidateId}/acceptance`).set('Authorization', await officerOf(bre)).expect(200);
    await eventually('the file received in bre', async () => (await bre.http().get(`/candidates/${offered.candidateId}`).set('Authorization', await officerOf(bre))).body.familyName === offered.body.familyName, 30_000);
    return offered;
  };

  beforeAll(async () => {
    const topicPrefix = await createSharedTopics();
    topic = `${topicPrefix}titrepro.registry.events`;
    watcher = createKafka({ brokers: kafkaBrokers(), clientId: 'two-regions-test' }).consumer({ groupId: uniqueName('two_regions_watch') });
    await watcher.connect();
    await watcher.subscribe({ topics: [topic, `${topic}.dlq`], fromBeginning: true });
    await watcher.run({ eachMessage: async ({ topic: from, message }) => void seen.push({ topic: from, message }) });
    idf = await startService(serviceDefinition, { region: 'idf', topicPrefix, relay: true, consumers: true, listen: true });
    bre = await startService(serviceDefinition, { region: 'bre', topicPrefix, relay: true, consumers: true, listen: true, env: { REGION_PEERS: `idf=${idf.url}` } });
  });

  afterAll(async () => {
    await watcher?.disconnect();
    await Promise.all([bre?.close(), idf?.close()]);
  });

  it("accepted transfer: bre becomes the home region and acts, idf is refused with 403 naming bre, and bre's history shows idf's events", async () => {
    const { candidateId } = await offerToBre();
    const [idfOfficer, breOfficer] = [await officerOf(idf), await officerOf(bre)];
    // Until bre answers, the file stays in idf, which still acts; bre does not yet.
    expect((await idf.http().get(`/candidates/${candidateId}`).set('Authorization', idfOfficer).expect(200)).body.outgoingTransfer).toMatchObject({ toRegion: 'bre' });
    const early = await bre.http().post(`/candidates/${candidateId}/pathways`).set('Authorization', breOfficer).send({ titleCode: TSGERI, pathwayType: 'continuous-training' }).expect(409);
    expect(early.body.detail).toContain('offered by region idf and not accepted yet');

    await bre.http().post(`/transfers/incoming/${candidateId}/acceptance`).set('Authorization', breOfficer).expect(200);
    await eventually('the file received in bre', async () => typeof (await bre.http().get(`/candidates/${candidateId}`).set('Authorization', breOfficer)).body.familyName === 'string', 30_000);

    // bre acts: it withdraws the pathway idf opened, and opens another.
    const [pathway] = (await bre.http().get(`/candidates/${candidateId}`).set('Authorization', breOfficer)).body.pathways as { pathwayId: string }[];
    await bre.http().post(`/candidates/${candidateId}/pathways/${pathway?.pathwayId}/withdrawal`).set('Authorization', breOfficer).expect(200);
    await bre.http().post(`/candidates/${candidateId}/pathways`).set('Authorization', breOfficer).send({ titleCode: TSGERI, pathwayType: 'continuous-training' }).expect(201);
    const refused = await idf.http().post(`/candidates/${candidateId}/transfer`).set('Authorization', idfOfficer).send({ toRegion: 'ara' }).expect(403);
    expect(refused.body.detail).toContain('home region is bre');
    const read = await idf.http().get(`/candidates/${candidateId}`).set('Authorization', idfOfficer).expect(403);
    expect(read.body.detail).toContain('home region is bre');
    expect(await idf.query(`SELECT family_name, email FROM candidate_summary WHERE candidate_id = $1`, [candidateId])).toEqual([{ family_name: null, email: null }]);

    const history = (await bre.http().get(`/candidates/${candidateId}/history`).set('Authorization', await auditor(bre)).expect(200)).body as { type: string; region: string; hash: string; revision: number }[];
    expect(history.map((entry) => `${entry.region}:${entry.type}`)).toEqual([
      'idf:CandidateRegistered',
      'idf:PathwayOpened',
      'idf:CandidateTransferred',
      'bre:IncomingTransferOpened',
      'bre:IncomingTransferAccepted',
      'idf:CandidateHandedOver',
      'bre:CandidateFileReceived',
      'bre:PathwayWithdrawn',
      'bre:PathwayOpened',
    ]);
    // idf's entries carry idf's own hashes: an auditor checks them against idf's chain.
    const idfChain = await idf.query<{ revision: string; hash: string }>(`SELECT revision, hash FROM event_store.events WHERE stream_id = $1 ORDER BY revision`, [`candidate-${candidateId}`]);
    expect(history.filter((entry) => entry.region === 'idf').map((entry) => entry.hash)).toEqual(idfChain.map((row) => row.hash));
    const idfHistory = (await idf.http().get(`/candidates/${candidateId}/history`).set('Authorization', await auditor(idf)).expect(200)).body as { type: string }[];
    expect(idfHistory.map((entry) => entry.type)).toEqual(['CandidateRegistered', 'PathwayOpened', 'CandidateTransferred', 'CandidateHandedOver']);
  });

  it('refused transfer: the file stays in idf, which can still act, and the explanation never leaves bre', async () => {
    const { candidateId } = await offerToBre();
    const [idfOfficer, breOfficer] = [await officerOf(idf), await officerOf(bre)];
    const explanation = `Réside à Lyon ${randomBytes(4).toString('hex')}`;
    await bre.http().post(`/transfers/incoming/${candidateId}/refusal`).set('Authorization', breOfficer).send({ reason: 'not-resident', explanation }).expect(200);
    await eventually('idf records the refusal', async () => (await idf.http().get(`/candidates/${candidateId}`).set('Authorization', idfOfficer)).body.outgoingTransfer === null, 30_000);
    const [pathway] = (await idf.http().get(`/candidates/${candidateId}`).set('Authorization', idfOfficer)).body.pathways as { pathwayId: string }[];
    await idf.http().post(`/candidates/${candidateId}/pathways/${pathway?.pathwayId}/withdrawal`).set('Authorization', idfOfficer).expect(200);
    await idf.http().post(`/candidates/${candidateId}/transfer`).set('Authorization', idfOfficer).send({ toRegion: 'ara' }).expect(200);
    const breActs = await bre.http().post(`/candidates/${candidateId}/transfer`).set('Authorization', breOfficer).send({ toRegion: 'ara' }).expect(403);
    expect(breActs.body.detail).toContain('home region is idf');
    // idf serves the identity to no region it did not hand the file over to, nor to anyone but a service.
    const notHandedOver = await idf.http().get(`/regions/files/${candidateId}`).set('Authorization', await bre.bearer('service')).expect(403);
    expect(notHandedOver.body.detail).toContain(`did not hand candidate ${candidateId}'s file over to region bre`);
    await idf.http().get(`/regions/files/${candidateId}`).set('Authorization', await idf.bearer('regional-officer', { region: 'bre' })).expect(403);
    const published = seen.filter((entry) => entry.message.key?.toString() === candidateId).map((entry) => String(entry.message.value));
    expect(published.some((value) => value.includes('not-resident'))).toBe(true);
    for (const value of published) expect(value).not.toContain(explanation);
    expect(await dumpDatabase(bre.database.url)).not.toContain(explanation);
  });

  it('erasure after a transfer: bre erases, and no database of either region holds the identity, while every hash chain verifies', async () => {
    const { candidateId, body } = await handOverToBre();
    const secrets = [body.familyName, body.contact.email];
    const dumps = async () => (await Promise.all([idf.database, idf.keyDatabase, bre.database, bre.keyDatabase].map((database) => dumpDatabase(database.url)))).join('\n');
    // The dump does see the identity before erasure (bre's read model): the assertions after it can fail.
    expect(await dumpDatabase(bre.database.url)).toContain(body.familyName);

    await bre.http().delete(`/candidates/${candidateId}/personal-data`).set('Authorization', await officerOf(bre)).expect(204);
    await eventually(
      "idf's erasure reactor forgot the candidate's key",
      async () => (await idf.queryKeys(`SELECT 1 FROM candidate_registry.forgotten_subjects WHERE subject_id = $1`, [candidateId])).length === 1,
      30_000,
    );
    const dump = await dumps();
    expect(dump).toContain(candidateId);
    for (const secret of secrets) expect(dump).not.toContain(secret);
    for (const region of [idf, bre]) expect(await region.app.get<EventStore>(EVENT_STORE).verifyAll()).toMatchObject({ ok: true });
    // idf can no longer serve the file: a late fetch answers 410.
    const breToken = await bre.bearer('service');
    await idf.http().get(`/regions/files/${candidateId}`).set('Authorization', breToken).expect(410);
  });

  it('forged event: a CandidateTransferred claiming a region that is not the home lands in the DLQ with its reason, and nothing changes', async () => {
    const { body: created } = await idf.http().post('/candidates').set('Authorization', await officerOf(idf)).send(registration(randomBytes(4).toString('hex'))).expect(201);
    const candidateId = created.candidateId as string;
    await eventually('the registration on Kafka', async () => seen.some((entry) => entry.topic === topic && entry.message.key?.toString() === candidateId), 30_000);

    const producer = createKafka({ brokers: kafkaBrokers(), clientId: 'forger' }).producer();
    await producer.connect();
    const forgedId = randomUUID();
    await producer.send({
      topic,
      messages: [
        {
          key: candidateId,
          value: JSON.stringify({ candidateId, fromRegion: 'ara', toRegion: 'bre', transferredAt: new Date().toISOString() }),
          headers: {
            [EVENT_HEADERS.eventId]: forgedId,
            [EVENT_HEADERS.eventType]: 'CandidateTransferred',
            [EVENT_HEADERS.schemaVersion]: '1',
            [EVENT_HEADERS.correlationId]: randomUUID(),
            [EVENT_HEADERS.occurredAt]: new Date().toISOString(),
            [EVENT_HEADERS.source]: 'titrepro.registry/ara',
            [EVENT_HEADERS.contentType]: 'application/json',
          },
        },
      ],
    });
    await producer.disconnect();

    const breGroup = 'candidate-registry.bre.region-handover';
    await eventually(
      "bre's refusal on the dead-letter topic",
      async () => seen.some((entry) => entry.topic === `${topic}.dlq` && header(entry.message, EVENT_HEADERS.eventId) === forgedId && header(entry.message, DEAD_LETTER_HEADERS.consumerGroup) === breGroup),
      30_000,
    );
    const letter = seen.find((entry) => entry.topic === `${topic}.dlq` && header(entry.message, EVENT_HEADERS.eventId) === forgedId && header(entry.message, DEAD_LETTER_HEADERS.consumerGroup) === breGroup);
    expect(letter && header(letter.message, DEAD_LETTER_HEADERS.reason)).toBe('untrusted-source');
    expect(letter && header(letter.message, DEAD_LETTER_HEADERS.error)).toContain('their home region is idf');
    expect(await bre.query(`SELECT 1 FROM event_store.events WHERE stream_id = $1`, [`candidate-${candidateId}`])).toEqual([]);
    expect(((await bre.http().get('/transfers/incoming').set('Authorization', await officerOf(bre))).body as { candidateId: string }[]).map((offer) => offer.candidateId)).not.toContain(candidateId);

    // The rejected message holds nothing behind it: idf's real offer still reaches bre.
    await idf.http().post(`/candidates/${candidateId}/transfer`).set('Authorization', await officerOf(idf)).send({ toRegion: 'bre' }).expect(200);
    await eventually(
      "idf's real offer in bre's list",
      async () => ((await bre.http().get('/transfers/incoming').set('Authorization', await officerOf(bre))).body as { candidateId: string }[]).some((offer) => offer.candidateId === candidateId),
      30_000,
    );
  });
});
