import { setTimeout as sleep } from 'node:timers/promises';
import { newEvent, uniqueCategory, uniqueStream } from '../contract/contract-target';
import type { RecordedEvent } from '../port/events';
import { postgresContractTarget } from './postgres-contract-target';
import type { PostgresEventStore } from './postgres-event-store';

const WRITERS = 8;
const EVENTS_PER_WRITER = 5_000;
const TOTAL = WRITERS * EVENTS_PER_WRITER;

/** Deterministic pseudo-random numbers (mulberry32), so a failing run can be replayed. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};

describe('PostgreSQL: subscriptions under concurrent, slow transactions (sequence gaps)', () => {
  const target = postgresContractTarget('es_gaps');
  let store: PostgresEventStore;

  beforeAll(async () => {
    await target.setup();
    store = (await target.open()) as PostgresEventStore;
  });
  afterAll(() => target.teardown());

  it('delivers all 40,000 events from 8 writers, each once and in global order, while transactions commit out of order', async () => {
    const category = uniqueCategory('gap');
    const received: RecordedEvent[] = [];
    let allReceived: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (allReceived = resolve));
    const subscription = store.subscribe({
      category,
      handler: async (event) => {
        received.push(event);
        if (received.length === TOTAL) allReceived();
      },
    });

    const writer = async (index: number): Promise<void> => {
      const next = random(index + 1);
      const streamId = uniqueStream(category);
      const client = await store.pool.connect();
      try {
        for (let revision = 0; revision < EVENTS_PER_WRITER; revision += 1) {
          await client.query('BEGIN');
          // Half the writers take their transaction id before their position (the xmin trap).
          if (index % 2 === 0) await client.query('SELECT pg_current_xact_id()');
          if (next() < 0.1) await sleep(Math.floor(next() * 3));
          await store.appendToStream(streamId, [newEvent('Ticked', { writer: index, revision })], { expectedRevision: revision - 1 < 0 ? 'no_stream' : revision - 1, transaction: client });
          if (next() < 0.2) await sleep(Math.floor(next() * 5));
          // Some transactions roll back: their positions become permanent gaps. They are retried.
          if (next() < 0.02) {
            await client.query('ROLLBACK');
            revision -= 1;
            continue;
          }
          await client.query('COMMIT');
        }
      } finally {
        client.release();
      }
    };

    await Promise.all(Array.from({ length: WRITERS }, (_, i) => writer(i)));
    await done;
    await subscription.stop();

    expect(received).toHaveLength(TOTAL);
    expect(new Set(received.map((e) => e.eventId)).size).toBe(TOTAL);
    const outOfOrder = received.filter((event, i) => i > 0 && event.globalPosition <= (received[i - 1]?.globalPosition ?? 0));
    expect(outOfOrder).toEqual([]);
    const committed = await store.pool.query<{ count: string }>(`SELECT count(*) FROM "${store.schema}".events WHERE category = $1`, [category]);
    expect(Number(committed.rows[0]?.count)).toBe(TOTAL);
  }, 600_000);
});
