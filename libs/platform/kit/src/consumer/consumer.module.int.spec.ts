import { CandidateRegisteredV1 } from '@titrepro/contracts';
import { defineEvent, eventCatalogueOf, ok, type Decider, type DomainEvent } from '@titrepro/domain-kernel';
import { createKafka } from '@titrepro/messaging';
import { kafkaBrokers, waitFor } from '@titrepro/testing';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { defineAggregate } from '../aggregate/aggregate';
import { createSharedTopics, startService, type StartedService } from '../testing/start-service';
import { kitProbe } from '../testing/kit-probe';
import { registrationMessage } from '../testing/relay-messages';

// A probe service: it counts the candidates registered in each region, from the registry's events.
type Counted = DomainEvent<'RegistrationCounted', { readonly region: string; readonly candidateId: string }>;
type Count = { readonly type: 'Count'; readonly data: { readonly region: string; readonly candidateId: string } };
const tallyDecider: Decider<readonly string[], Count, Counted> = {
  initialState: () => [],
  evolve: (counted, event) => [...counted, event.data.candidateId],
  // Counts every command it gets: only the inbox keeps a redelivery from counting twice.
  decide: (command) => ok([{ type: 'RegistrationCounted', data: command.data }]),
};
const tallies = defineAggregate({
  category: 'tally',
  decider: tallyDecider,
  events: eventCatalogueOf<Counted>({
    RegistrationCounted: defineEvent<Counted>({
      type: 'RegistrationCounted',
      schemaVersion: 1,
      schema: z.object({ region: z.string(), candidateId: z.string() }),
      describe: (data) => ({ fr: `Inscription comptée en ${data.region}`, en: `Registration counted in ${data.region}` }),
    }),
  }),
});

const probe = kitProbe({
  name: 'kit-consumer-probe',
  description: 'Counts registrations per region.',
  kit: {
    consumers: [
      {
        name: 'registrations',
        contexts: ['registry'],
        candidates: 'every-region',
        commandsFor: (event) => {
          if (event.type !== CandidateRegisteredV1.type) return [];
          const payload = event.payload as { candidateId: string; region: string };
          return [{ stream: tallies.stream(payload.region), command: { type: 'Count', data: { region: payload.region, candidateId: payload.candidateId } } }];
        },
      },
    ],
  },
});

describe('ConsumerModule: integration events become commands, once (real PostgreSQL and Kafka)', () => {
  let service: StartedService;
  let topicPrefix: string;
  const counted = async () => service.query<{ data: { candidateId: string } }>(`SELECT data FROM event_store.events WHERE stream_id = 'tally-idf' ORDER BY revision`);

  beforeAll(async () => {
    topicPrefix = await createSharedTopics();
    service = await startService(probe, { region: 'bre', topicPrefix, consumers: true });
  });

  afterAll(async () => {
    await service?.close();
  });

  it('runs the command an event sets off in the inbox transaction, and a redelivered event changes nothing', async () => {
    const producer = createKafka({ brokers: kafkaBrokers(), clientId: 'consumer-probe-test' }).producer();
    await producer.connect();
    const first = randomUUID();
    const second = randomUUID();
    const firstEventId = randomUUID();
    const firstMessage = registrationMessage(first, 'idf', { eventId: firstEventId });
    const topic = `${topicPrefix}titrepro.registry.events`;
    await producer.send({ topic, messages: [firstMessage, firstMessage] });
    await producer.send({ topic, messages: [registrationMessage(second, 'idf')] });
    await waitFor('both registrations counted', async () => (await counted()).length === 2, 30_000, 100);
    await producer.disconnect();
    // Two candidates are two keys, so two partitions: Kafka orders each key, not the two of them.
    expect((await counted()).map((row) => row.data.candidateId).sort()).toEqual([first, second].sort());
    const [metadata] = await service.query<{ metadata: { causationId: string; actor: { role: string } } }>(
      `SELECT metadata FROM event_store.events WHERE stream_id = 'tally-idf' AND data->>'candidateId' = $1`,
      [first],
    );
    // The consumed event is the cause of what its command appended.
    expect(metadata?.metadata).toMatchObject({ causationId: firstEventId, actor: { role: 'service' } });
  });

  it("lets an operator discard a dead letter that can never be applied, saying why, and refuses anyone else or a request that does not say", async () => {
    const candidateId = randomUUID();
    const valid = registrationMessage(candidateId, 'idf');
    const producer = createKafka({ brokers: kafkaBrokers(), clientId: 'consumer-probe-discard' }).producer();
    await producer.connect();
    // Headers of a CandidateRegistered, but a value its contract refuses: it cannot be decoded, ever.
    await producer.send({ topic: `${topicPrefix}titrepro.registry.events`, messages: [{ ...valid, value: JSON.stringify({ candidateId }) }] });
    await producer.disconnect();
    const letters = async () =>
      service.query<{ sequence: string; reason: string }>('SELECT sequence, reason FROM messaging.dead_letters WHERE consumer = $1 AND key = $2 ORDER BY sequence', [
        'kit-consumer-probe.bre.registrations',
        candidateId,
      ]);
    await waitFor('the message dead-lettered', async () => (await letters()).length === 1, 30_000, 100);
    const [letter] = await letters();
    expect(letter?.reason).toBe('invalid-payload');
    const route = `/operations/consumers/registrations/dead-letters/${candidateId}/${letter?.sequence}/discard`;
    const operator = await service.bearer('operator');

    expect((await service.http().post(route).set('Authorization', await service.bearer('auditor')).send({ reason: 'sent by mistake' })).status).toBe(403);
    const unsaid = await service.http().post(route).set('Authorization', operator).send({});
    expect(unsaid.status).toBe(400);
    expect(JSON.stringify(unsaid.body)).toContain('reason');
    const badSequence = await service.http().post(`/operations/consumers/registrations/dead-letters/${candidateId}/first/discard`).set('Authorization', operator).send({ reason: 'sent by mistake' });
    expect(badSequence.status).toBe(400);
    expect(JSON.stringify(badSequence.body)).toContain('sequence');
    expect((await service.http().post(route.replace('registrations', 'nobody')).set('Authorization', operator).send({ reason: 'sent by mistake' })).status).toBe(404);
    expect(await letters()).toEqual([letter]);

    const discarded = await service.http().post(route).set('Authorization', operator).send({ reason: 'sent by mistake' });
    expect(discarded.status).toBe(200);
    expect(discarded.body).toMatchObject({ reason: 'discarded', error: expect.stringContaining('discarded by operator-1: sent by mistake (was invalid-payload') });
    expect(await letters()).toEqual([{ sequence: letter?.sequence, reason: 'discarded' }]);
    expect((await service.http().post(route).set('Authorization', operator).send({ reason: 'again' })).status).toBe(404);
    const ready = await service.http().get('/health/ready');
    expect(ready.body.checks['consumer:registrations']).toMatchObject({ status: 'up', details: { deadLetters: 0 } });
  });
});
