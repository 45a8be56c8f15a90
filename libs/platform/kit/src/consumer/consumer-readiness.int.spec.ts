import { createKafka, PermanentHandlerError, type ConsumedEvent } from '@titrepro/messaging';
import { kafkaBrokers, waitFor } from '@titrepro/testing';
import { randomUUID } from 'node:crypto';
import { createSharedTopics, startService, type StartedService } from '../testing/start-service';
import { ServiceConsumers } from './service-consumers';
import { replayCandidate } from './candidate-replay';
import { kitProbe } from '../testing/kit-probe';
import { registrationMessage } from '../testing/relay-messages';

// Candidates whose event the database "refuses" (a connection refused: the environment), and those refused for good.
const unreachable = new Set<string>();
const refused = new Set<string>();
const reactedTo = new Set<string>();
const react = async (event: ConsumedEvent) => {
  const { candidateId } = event.payload;
  if (unreachable.has(candidateId)) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
  if (refused.has(candidateId)) throw new PermanentHandlerError('not eligible');
  reactedTo.add(candidateId);
};

const probe = kitProbe({
  name: 'kit-readiness-probe',
  description: 'Reacts to registrations.',
  kit: { consumers: [{ name: 'registrations', contexts: ['registry'], candidates: 'every-region', react }] },
});

describe('readiness of consumers: down when stalled, degraded with dead letters (real PostgreSQL and Kafka)', () => {
  let service: StartedService;
  let topicPrefix: string;
  const send = async (candidateId: string) => {
    const producer = createKafka({ brokers: kafkaBrokers(), clientId: 'readiness-probe-test' }).producer();
    await producer.connect();
    await producer.send({ topic: `${topicPrefix}titrepro.registry.events`, messages: [registrationMessage(candidateId, 'idf')] });
    await producer.disconnect();
  };
  const ready = () => service.http().get('/health/ready');

  beforeAll(async () => {
    topicPrefix = await createSharedTopics();
    service = await startService(probe, { region: 'idf', topicPrefix, consumers: true, env: { CONSUMER_STALL_SECONDS: '2' } });
  });

  afterAll(async () => {
    await service?.close();
  });

  it('answers 503 down naming a consumer that has not advanced for CONSUMER_STALL_SECONDS with messages waiting, and ok once it moves', async () => {
    const stuck = randomUUID();
    unreachable.add(stuck);
    await send(stuck);
    await waitFor('readiness down', async () => (await ready()).status === 503, 60_000, 200);

    const down = await ready();
    expect(down.body.detail).toMatch(/consumer:registrations down \(consumer .*registrations has not advanced for \d+ s with 1 messages waiting\)/);
    expect(down.body.checks['consumer:registrations']).toMatchObject({ status: 'down', details: { lag: 1, deadLetters: 0 } });
    expect(down.body.checks['consumer:registrations'].details.stalledSeconds).toBeGreaterThanOrEqual(2);

    unreachable.delete(stuck);
    await waitFor('readiness ok again', async () => (await ready()).status === 200, 60_000, 200);
    expect(reactedTo.has(stuck)).toBe(true);
    expect((await ready()).body.checks['consumer:registrations']).toMatchObject({ status: 'up', details: { lag: 0, stalledSeconds: 0 } });
  });

  it('answers 200 degraded, not down, while a dead letter waits for an operator', async () => {
    const candidate = randomUUID();
    refused.add(candidate);
    await send(candidate);
    // Lag is Kafka's own, read every few seconds: the letter is recorded before the commit shows.
    await waitFor('readiness degraded, the consumer past the letter', async () => {
      const answer = await ready();
      return answer.body.status === 'degraded' && answer.body.checks['consumer:registrations']?.details?.lag === 0;
    }, 60_000, 200);

    const degraded = await ready();
    expect(degraded.status).toBe(200);
    expect(degraded.body.checks['consumer:registrations']).toMatchObject({ status: 'degraded', details: { deadLetters: 1, lag: 0 } });

    // Fixed: one command replays the candidate in every consumer of the service.
    refused.delete(candidate);
    const outcomes = await replayCandidate(service.app.get(ServiceConsumers), candidate);
    expect(outcomes).toEqual([{ consumer: 'registrations', applied: 1, duplicates: 0, stillHeld: 0 }]);
    expect(reactedTo.has(candidate)).toBe(true);
    expect((await ready()).body.checks['consumer:registrations']).toMatchObject({ status: 'up', details: { deadLetters: 0 } });
  });
});
