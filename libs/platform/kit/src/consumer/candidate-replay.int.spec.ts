import { CandidateRegisteredV1, PathwayOpenedV1 } from '@titrepro/contracts';
import { defineEvent, eventCatalogueOf, ok, type Decider, type DomainEvent } from '@titrepro/domain-kernel';
import { createKafka, PermanentHandlerError, type ConsumedEvent } from '@titrepro/messaging';
import { kafkaBrokers, waitFor } from '@titrepro/testing';
import type { Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { defineAggregate } from '../aggregate/aggregate';
import { startContractPublisher, type ContractPublisher } from '../testing/contract-publisher';
import { createSharedTopics, startService, type StartedService } from '../testing/start-service';
import type { ConsumerDefinition } from './service-consumers';
import { kitProbe } from '../testing/kit-probe';

// Defect 6 of issue 17 (operator part): clearing one candidate held in 11 consumers took 39 calls.
// Two consumers of a probe service hold a candidate behind a refused event; one call clears both.
type Applied = DomainEvent<'Applied', { readonly type: string; readonly pathwayId: string | null }>;
type Apply = { readonly type: 'Apply'; readonly data: Applied['data'] };
const decider: Decider<null, Apply, Applied> = { initialState: () => null, evolve: () => null, decide: (command) => ok([{ type: 'Applied', data: command.data }]) };
const applied = defineAggregate({
  category: 'applied',
  decider,
  events: eventCatalogueOf<Applied>({
    Applied: defineEvent<Applied>({
      type: 'Applied',
      schemaVersion: 1,
      schema: z.object({ type: z.string(), pathwayId: z.string().nullable() }),
      describe: (data) => ({ fr: `${data.type} appliqué`, en: `${data.type} applied` }),
    }),
  }),
});

/** Candidates whose pathways the probe refuses, until the test "fixes" it. */
const broken = new Set<string>();
const recorder = (name: string): ConsumerDefinition => ({
  name,
  contexts: ['registry'],
  candidates: 'own-region',
  commandsFor: (event: ConsumedEvent) => {
    if (event.type === 'PathwayOpened' && broken.has(event.payload.candidateId)) throw new PermanentHandlerError('the probe refuses it until fixed');
    const pathwayId = typeof event.payload['pathwayId'] === 'string' ? event.payload['pathwayId'] : null;
    return [{ stream: applied.stream(`${name}-${event.payload.candidateId}`), command: { type: 'Apply', data: { type: event.type, pathwayId } } }];
  },
});

const probe = kitProbe({ name: 'kit-replay-probe', description: 'Two consumers recording what they apply.', kit: { consumers: [recorder('first'), recorder('second')] } });

describe("one operator command clears a candidate's held events in every consumer of a service (real PostgreSQL and Kafka)", () => {
  let service: StartedService;
  let registry: ContractPublisher;
  let producer: Producer;
  let prefix: string;
  const appliedBy = async (name: string, candidateId: string) =>
    (await service.query<{ data: Applied['data'] }>('SELECT data FROM event_store.events WHERE stream_id = $1 ORDER BY revision', [`applied-${name}-${candidateId}`])).map(
      (row) => `${row.data.type}${row.data.pathwayId ? `:${row.data.pathwayId}` : ''}`,
    );
  const heldIn = async (candidateId: string) =>
    (await service.query<{ consumer: string }>(`SELECT consumer FROM messaging.dead_letters WHERE key = $1 AND reason NOT IN ('untrusted-source', 'deferred', 'discarded', 'invalid-payload', 'unknown-contract')`, [candidateId])).map(
      (row) => row.consumer,
    );

  beforeAll(async () => {
    prefix = await createSharedTopics();
    service = await startService(probe, { region: 'idf', topicPrefix: prefix, consumers: true });
    registry = await startContractPublisher(prefix);
    producer = createKafka({ brokers: kafkaBrokers(), clientId: 'candidate-replay-test' }).producer();
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await registry?.close();
    await service?.close();
  });

  it('replays the candidate in each consumer, in order, and answers 404 once nothing is held', async () => {
    const candidateId = randomUUID();
    const now = () => new Date().toISOString();
    broken.add(candidateId);
    await registry.publish(CandidateRegisteredV1, { candidateId, region: 'idf', registeredAt: now() }, 'idf');
    // Bytes with valid headers that no contract decodes, keyed by the real candidate.
    await producer.send({
      topic: `${prefix}titrepro.registry.events`,
      messages: [{ key: candidateId, value: 'this is {not JSON \u0000\u00ff', headers: { 'event-id': randomUUID(), 'event-type': 'PathwayOpened', 'schema-version': '1', 'correlation-id': randomUUID(), source: 'titrepro.registry/idf' } }],
    });
    await registry.publish(PathwayOpenedV1, { candidateId, pathwayId: 'p-1', titleCode: 'TP-00495', pathway: 'vae', region: 'idf', openedAt: now() }, 'idf');
    const last = await registry.publish(PathwayOpenedV1, { candidateId, pathwayId: 'p-2', titleCode: 'TP-00495', pathway: 'vae', region: 'idf', openedAt: now() }, 'idf');
    await waitFor(
      'the last pathway held in both consumers',
      async () => (await service.query(`SELECT 1 FROM messaging.dead_letters WHERE key = $1 AND event_id = $2 AND (consumer LIKE '%.first' OR consumer LIKE '%.second')`, [candidateId, last])).length === 2,
      30_000,
      100,
    );
    expect(await appliedBy('first', candidateId)).toEqual(['CandidateRegistered']);

    broken.delete(candidateId);
    const operator = await service.bearer('operator');
    const { body } = await service.http().post(`/operations/candidates/${candidateId}/replay`).set('Authorization', operator).send().expect(200);
    expect(body.candidateId).toBe(candidateId);
    // The undecodable bytes hold nothing: only the two consumers that refused the pathway held the candidate.
    expect(body.consumers.map((outcome: { consumer: string }) => outcome.consumer)).toEqual(['first', 'second']);
    for (const outcome of body.consumers) expect(outcome).toMatchObject({ applied: 2, stillHeld: 0 });
    for (const name of ['first', 'second']) expect(await appliedBy(name, candidateId)).toEqual(['CandidateRegistered', 'PathwayOpened:p-1', 'PathwayOpened:p-2']);
    expect(await heldIn(candidateId)).toEqual([]);

    await service.http().post(`/operations/candidates/${candidateId}/replay`).set('Authorization', operator).send({}).expect(404);
  });

  it('answers 400 naming candidateId for an id that is not one, 403 to an operator of another region, 401 without a token; the per-consumer replay 400 or 404', async () => {
    const operator = await service.bearer('operator');
    const { body } = await service.http().post('/operations/candidates/bad%00id/replay').set('Authorization', operator).send({}).expect(400);
    expect(JSON.stringify(body)).toContain('candidateId');
    await service.http().post(`/operations/candidates/${randomUUID()}/replay`).set('Authorization', await service.bearer('operator', { region: 'bre' })).send({}).expect(403);
    await service.http().post(`/operations/candidates/${randomUUID()}/replay`).send({}).expect(401);
    // The per-consumer replay too: a key that is not one is a 400 naming it, a key with nothing held a 404 (it answered 200, doing nothing).
    const { body: badKey } = await service.http().post('/operations/consumers/first/dead-letters/bad%00key/replay').set('Authorization', operator).expect(400);
    expect(JSON.stringify(badKey)).toContain('key');
    await service.http().post(`/operations/consumers/first/dead-letters/${randomUUID()}/replay`).set('Authorization', operator).expect(404);
  });
});
