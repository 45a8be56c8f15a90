import { defineEvent, eventCatalogueOf, type DomainEvent } from '@titrepro/domain-kernel';
import type { PostgresEventStore } from '@titrepro/event-store';
import { waitFor } from '@titrepro/testing';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { EVENT_STORE } from '../event-store/event-store.tokens';
import { startService, type StartedService } from '../testing/start-service';
import { defineProjection } from './projection-definition';
import { kitProbe } from '../testing/kit-probe';

type Noted = DomainEvent<'Noted', { readonly text: string }>;
const notes = defineProjection<Noted>({
  name: 'notes',
  category: 'note',
  events: eventCatalogueOf<Noted>({
    Noted: defineEvent<Noted>({
      type: 'Noted',
      schemaVersion: 1,
      schema: z.object({ text: z.string() }),
      describe: (data) => ({ fr: data.text, en: data.text }),
    }),
  }),
  tables: ['probe_notes'],
  // Its table is created by the test only later: a deployment not yet migrated (42P01), the environment.
  apply: async (manager, event) => void (await manager.query('INSERT INTO probe_notes (text) VALUES ($1)', [event.data.text])),
});

const probe = kitProbe({ name: 'kit-projection-probe', description: 'Projects notes.', kit: { projections: [notes] } });

describe('readiness of projections: down when one cannot advance while events wait (real PostgreSQL)', () => {
  let service: StartedService;
  const ready = () => service.http().get('/health/ready');

  beforeAll(async () => {
    service = await startService(probe, { region: 'idf', env: { PROJECTION_STALL_SECONDS: '1' } });
  });

  afterAll(async () => {
    await service?.close();
  });

  it('answers 503 naming a projection that has failed for PROJECTION_STALL_SECONDS with events waiting, and ok once it applies them', async () => {
    const store = service.app.get<PostgresEventStore>(EVENT_STORE);
    await store.appendToStream(`note-${randomUUID()}`, [
      { eventId: randomUUID(), type: 'Noted', schemaVersion: 1, data: { text: 'hello' }, metadata: { correlationId: randomUUID(), causationId: null, actor: { subject: 't', role: 'service' }, region: 'idf', occurredAt: new Date().toISOString() } },
    ]);
    await waitFor('readiness down', async () => (await ready()).status === 503, 60_000, 200);

    const down = await ready();
    expect(down.body.detail).toMatch(/projection:notes down \(projection notes has failed for \d+ s with events waiting: .*probe_notes/);
    expect(down.body.checks['projection:notes']).toMatchObject({ status: 'down', details: { parked: 0 } });

    await service.query('CREATE TABLE probe_notes (text text NOT NULL)');
    await waitFor('readiness ok again', async () => (await ready()).status === 200, 60_000, 200);
    expect(await service.query('SELECT text FROM probe_notes')).toEqual([{ text: 'hello' }]);
    expect((await ready()).body.checks['projection:notes'].status).toBe('up');
  });
});
