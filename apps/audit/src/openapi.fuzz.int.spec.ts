import { PostgresEventStore } from '@titrepro/event-store';
import { itSurvivesGeneratedRequests } from '@titrepro/service-kit/testing';
import { createTestDatabase, type TestDatabase } from '@titrepro/testing';
import { randomUUID } from 'node:crypto';
import { serviceDefinition } from './service.definition';

/** The store the audit reads: named once it exists, before the service starts (this file's beforeAll runs before the suite's). */
const env: Record<string, string> = {};
let store: TestDatabase;
const candidateId = randomUUID();

beforeAll(async () => {
  store = await createTestDatabase('audit_fuzz_store');
  const events = await PostgresEventStore.create({ connectionString: store.url });
  await events.appendToStream(`candidate-${candidateId}`, [
    {
      eventId: randomUUID(),
      type: 'Counted',
      schemaVersion: 1,
      data: { candidateId },
      metadata: { correlationId: randomUUID(), causationId: null, actor: { subject: 'tester', role: 'operator' }, region: 'idf', occurredAt: new Date().toISOString() },
    },
  ]);
  await events.close();
  env.AUDIT_STORES = JSON.stringify([{ region: 'idf', service: 'candidate-registry', url: store.url }]);
});

afterAll(async () => {
  await store?.drop();
});

describe('the audit service under requests generated from its OpenAPI document', () => itSurvivesGeneratedRequests(serviceDefinition, {
    env,
    // It keeps no events of its own: the store it reads is the one a refused request must leave untouched.
    world: async () => ({ storeUrl: store.url, hints: { candidateId: [candidateId] } }),
  }));
