import { createKafka } from '@titrepro/messaging';
import type { EventStore } from '@titrepro/event-store';
import { kafkaBrokers, uniqueName } from '@titrepro/testing';
import { createSharedTopics, dumpDatabase } from '@titrepro/service-kit/testing';
import type { Consumer, Kafka } from 'kafkajs';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { EVENT_STORE } from '@titrepro/service-kit';
import { bearer, eventually, periodOf, registration, startRegistry, TSGERI, type RegistryTestApp } from '../testing/registry-test-app';

interface Received {
  readonly key: string;
  readonly type: string;
  readonly value: string;
  readonly traceparent: string | undefined;
}

describe('registry integration events and erasure (real PostgreSQL and Kafka)', () => {
  let topic: string;
  let topicPrefix: string;
  let kafka: Kafka;
  let consumer: Consumer;
  let registry: RegistryTestApp;
  const received: Received[] = [];
  const http = () => request(registry.app.getHttpServer());

  beforeAll(async () => {
    kafka = createKafka({ brokers: kafkaBrokers(), clientId: 'registry-events-test' });
    topicPrefix = await createSharedTopics();
    topic = `${topicPrefix}titrepro.registry.events`;
    consumer = kafka.consumer({ groupId: uniqueName('registry_events_test') });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        received.push({
          key: message.key?.toString() ?? '',
          type: message.headers?.['event-type']?.toString() ?? '',
          value: message.value?.toString() ?? '',
          traceparent: message.headers?.['traceparent']?.toString(),
        });
      },
    });
    registry = await startRegistry({ relay: true, topicPrefix });
  });

  afterAll(async () => {
    await consumer?.disconnect();
    await registry?.close();
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect();
  });

  it('publishes ids and facts keyed by candidate id, then erasure leaves no plaintext identity in the database while history and hash chains remain', async () => {
    const unique = randomBytes(4).toString('hex');
    const body = registration(unique);
    const officer = await bearer('regional-officer');
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const { body: created } = await http().post('/candidates').set('Authorization', officer).set('traceparent', traceparent).send(body).expect(201);
    const candidateId = created.candidateId as string;
    const { body: pathway } = await http().post(`/candidates/${candidateId}/pathways`).set('Authorization', officer).send({ titleCode: TSGERI, pathwayType: 'vae' }).expect(201);
    await http()
      .post(`/candidates/${candidateId}/pathways/${pathway.pathwayId}/vae-admissibility-requests`)
      .set('Authorization', officer)
      .send({ experiencePeriods: [{ ...periodOf('2021-01-01', '2023-12-31'), organisation: `Atelier ${body.familyName}` }] })
      .expect(201);
    await http()
      .post(`/candidates/${candidateId}/pathways/${pathway.pathwayId}/vae-admissibility-decision`)
      .set('Authorization', officer)
      .send({ outcome: 'not-admissible', reason: `${body.familyName}: the dossier is incomplete` })
      .expect(200);
    await eventually('the summary', async () => (await http().get(`/candidates/${candidateId}`).set('Authorization', officer)).body.familyName === body.familyName);

    // The dump does see the read model's plaintext before erasure: the assertions after it can fail.
    expect(await dumpDatabase(registry.database.url)).toContain(body.familyName);

    await http().delete(`/candidates/${candidateId}/personal-data`).set('Authorization', officer).expect(204);
    // A second call finishes nothing new and is not an error: erasure is idempotent.
    await http().delete(`/candidates/${candidateId}/personal-data`).set('Authorization', officer).expect(204);

    const expectedTypes = ['CandidateRegistered', 'PathwayOpened', 'VaeAdmissibilityRequested', 'VaeAdmissibilityDecided', 'CandidatePersonalDataErased'];
    const ofCandidate = () => received.filter((message) => message.key === candidateId);
    await eventually('the five integration events on Kafka', async () => ofCandidate().length >= expectedTypes.length, 30_000);
    expect(ofCandidate().map((message) => message.type)).toEqual(expectedTypes);
    // The same trace, continued by the command's own span.
    expect(ofCandidate()[0]?.traceparent).toMatch(/^00-4bf92f3577b34da6a3ce929d0e0e4736-(?!00f067aa0ba902b7)[0-9a-f]{16}-01$/);
    const decided = JSON.parse(ofCandidate()[3]?.value ?? '{}');
    expect(decided).toMatchObject({ candidateId, outcome: 'inadmissible', rulebookId: 'vae-jury-2024' });
    for (const message of ofCandidate()) {
      for (const secret of [body.familyName, body.givenNames[0] ?? '', body.birthDate, body.contact.email]) expect(message.value).not.toContain(secret);
    }

    await eventually('the read model to show the erasure', async () => (await http().get(`/candidates/${candidateId}`).set('Authorization', officer)).body.erased === true);
    const summary = await http().get(`/candidates/${candidateId}`).set('Authorization', officer).expect(200);
    expect(summary.body).toMatchObject({ familyName: null, givenNames: null, birthDate: null, email: null, erased: true });

    const dump = `${await dumpDatabase(registry.database.url)}\n${await dumpDatabase(registry.keyDatabase.url)}`;
    expect(dump).toContain(candidateId);
    expect(dump).not.toContain(body.familyName);
    expect(dump).not.toContain(body.contact.email);

    const store = registry.app.get<EventStore>(EVENT_STORE);
    expect(await store.verifyAll()).toMatchObject({ ok: true });
    const history = await http().get(`/candidates/${candidateId}/history`).set('Authorization', await bearer('auditor', { auditorScope: 'national' })).expect(200);
    expect(history.body.map((entry: { type: string }) => entry.type)).toEqual(expectedTypes);
    // Instants on Kafka are the decision's (the command's clock, inside the hash chain), as the history shows them.
    const registered = JSON.parse(ofCandidate()[0]?.value ?? '{}');
    expect(registered.registeredAt).toBe(history.body[0].occurredAt);
    expect(history.body[3]).toMatchObject({ type: 'VaeAdmissibilityDecided', rulebookId: 'vae-jury-2024', summary: expect.objectContaining({ en: expect.stringContaining('not-admissible') }) });
  });
});
