import { randomUUID } from 'node:crypto';
import { handleCommand } from '../command/handle-command';
import { eventHash } from '../integrity/event-hash';
import { newEvent, uniqueCategory, uniqueStream } from '../contract/contract-target';
import { tallyDecider } from '../contract/tally.fixture';
import { postgresContractTarget } from './postgres-contract-target';
import type { PostgresEventStore } from './postgres-event-store';

describe('PostgreSQL: tamper evidence', () => {
  const target = postgresContractTarget('es_tamper');
  let store: PostgresEventStore;
  const category = uniqueCategory('audit');

  beforeAll(async () => {
    await target.setup();
    store = (await target.open()) as PostgresEventStore;
  });
  afterAll(() => target.teardown());

  const sql = (text: string, values: unknown[]) => store.pool.query(text.replace(/\$S/g, `"${store.schema}"`), values);

  const streamOfFive = async (): Promise<string> => {
    const streamId = uniqueStream(category);
    await store.appendToStream(streamId, Array.from({ length: 5 }, (_, n) => newEvent('Scored', { score: n * 10 })));
    return streamId;
  };

  it('reports the edited revision when one event’s data is changed in SQL', async () => {
    const streamId = await streamOfFive();
    await sql(`UPDATE $S.events SET data = '{"score": 99}' WHERE stream_id = $1 AND revision = 2`, [streamId]);
    const report = await store.verifyStream(streamId);
    expect(report).toMatchObject({ ok: false, checked: 2, firstBroken: { streamId, revision: 2 } });
    expect((await store.verifyAll()).firstBroken).toMatchObject({ streamId, revision: 2 });
  });

  it('reports the edited revision when the occurredAt of a decided event is changed in SQL', async () => {
    const streamId = uniqueStream(category);
    const context = (now: string) => ({
      now: new Date(now),
      newEventId: randomUUID,
      metadata: { correlationId: 'c', causationId: null, actor: { subject: 'a', role: 'assessor' }, region: 'OCC' },
      describe: () => ({ schemaVersion: 1 }),
    });
    await handleCommand(store, streamId, tallyDecider, { type: 'OpenTally', owner: 'ada' }, context('2026-05-04T08:00:00.000Z'));
    await handleCommand(store, streamId, tallyDecider, { type: 'AddPoints', points: 1 }, context('2026-05-04T08:01:00.000Z'));
    await handleCommand(store, streamId, tallyDecider, { type: 'AddPoints', points: 2 }, context('2026-05-04T08:02:00.000Z'));
    expect((await store.readStream(streamId)).map((e) => e.metadata.occurredAt)).toEqual([
      '2026-05-04T08:00:00.000Z',
      '2026-05-04T08:01:00.000Z',
      '2026-05-04T08:02:00.000Z',
    ]);
    await sql(`UPDATE $S.events SET metadata = jsonb_set(metadata, '{occurredAt}', '"2026-05-03T08:01:00.000Z"') WHERE stream_id = $1 AND revision = 1`, [
      streamId,
    ]);
    expect(await store.verifyStream(streamId)).toMatchObject({ ok: false, checked: 1, firstBroken: { streamId, revision: 1 } });
  });

  it('reports an edit whose hash was recomputed at the next link, whose prevHash no longer matches', async () => {
    const streamId = await streamOfFive();
    const [event] = await store.readStream(streamId, { fromRevision: 1, maxCount: 1 });
    if (!event) throw new Error('missing event');
    const forged = { ...event, schemaVersion: event.storedSchemaVersion, metadata: { ...event.metadata, region: 'XX' } };
    await sql(`UPDATE $S.events SET metadata = $2, hash = $3 WHERE stream_id = $1 AND revision = 1`, [
      streamId,
      JSON.stringify(forged.metadata),
      eventHash(event.prevHash, forged),
    ]);
    expect((await store.verifyStream(streamId)).firstBroken).toMatchObject({ revision: 2, reason: 'prevHash is not the hash of the previous event' });
  });

  it('reports a deleted event at the revision that follows it', async () => {
    const streamId = await streamOfFive();
    await sql(`DELETE FROM $S.events WHERE stream_id = $1 AND revision = 3`, [streamId]);
    expect((await store.verifyStream(streamId)).firstBroken).toMatchObject({ streamId, revision: 4, reason: 'expected revision 3, found 4' });
  });

  it('passes an untouched stream', async () => {
    const streamId = await streamOfFive();
    expect(await store.verifyStream(streamId)).toEqual({ ok: true, checked: 5 });
  });
});
