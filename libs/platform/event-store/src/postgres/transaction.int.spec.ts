import type { PoolClient } from 'pg';
import { newEvent, uniqueCategory, uniqueStream } from '../contract/contract-target';
import { postgresContractTarget } from './postgres-contract-target';
import type { PostgresEventStore } from './postgres-event-store';

describe('PostgreSQL: appends inside the caller’s transaction', () => {
  const target = postgresContractTarget('es_tx');
  let store: PostgresEventStore;
  const category = uniqueCategory('tx');

  beforeAll(async () => {
    await target.setup();
    store = (await target.open()) as PostgresEventStore;
    await store.pool.query('CREATE TABLE projection (stream_id text PRIMARY KEY, events integer NOT NULL)');
  });
  afterAll(() => target.teardown());

  const inTransaction = async (work: (client: PoolClient) => Promise<void>, outcome: 'COMMIT' | 'ROLLBACK'): Promise<void> => {
    const client = await store.pool.connect();
    try {
      await client.query('BEGIN');
      await work(client);
      await client.query(outcome);
    } finally {
      client.release();
    }
  };

  it('commits the events together with the caller’s own writes', async () => {
    const streamId = uniqueStream(category);
    await inTransaction(async (client) => {
      await store.appendToStream(streamId, [newEvent('Joined', {})], { expectedRevision: 'no_stream', transaction: client });
      await client.query('INSERT INTO projection VALUES ($1, 1)', [streamId]);
      expect(await store.readStream(streamId)).toEqual([]);
    }, 'COMMIT');
    expect((await store.readStream(streamId)).map((e) => e.type)).toEqual(['Joined']);
    expect((await store.pool.query('SELECT events FROM projection WHERE stream_id = $1', [streamId])).rows).toEqual([{ events: 1 }]);
  });

  it('rolls the events back with the caller’s transaction, and the stream can be written again', async () => {
    const streamId = uniqueStream(category);
    await inTransaction(async (client) => {
      await store.appendToStream(streamId, [newEvent('Joined', {})], { expectedRevision: 'no_stream', transaction: client });
      await client.query('INSERT INTO projection VALUES ($1, 1)', [streamId]);
    }, 'ROLLBACK');
    expect(await store.readStream(streamId)).toEqual([]);
    expect((await store.pool.query('SELECT 1 FROM projection WHERE stream_id = $1', [streamId])).rowCount).toBe(0);
    await expect(store.appendToStream(streamId, [newEvent('Joined', {})], { expectedRevision: 'no_stream' })).resolves.toMatchObject({
      nextExpectedRevision: 0,
    });
    expect((await store.verifyStream(streamId)).ok).toBe(true);
  });

  it('reads the caller’s uncommitted events through its transaction, and only there', async () => {
    const streamId = uniqueStream(category);
    await store.appendToStream(streamId, [newEvent('Joined', {})]);
    await inTransaction(async (client) => {
      await store.appendToStream(streamId, [newEvent('Moved', {}), newEvent('Left', {})], { expectedRevision: 0, transaction: client });
      expect((await store.readStream(streamId, { transaction: client })).map((e) => e.type)).toEqual(['Joined', 'Moved', 'Left']);
      expect((await store.readStream(streamId, { transaction: client, direction: 'backwards', maxCount: 1 })).map((e) => e.type)).toEqual(['Left']);
      expect((await store.readStream(streamId)).map((e) => e.type)).toEqual(['Joined']);
    }, 'ROLLBACK');
    expect((await store.readStream(streamId)).map((e) => e.type)).toEqual(['Joined']);
  });

  it('refuses a transaction option that is not a pg client', async () => {
    await expect(store.readStream(uniqueStream(category), { transaction: {} })).rejects.toThrow(TypeError);
  });

  it('leaves the caller’s transaction usable after a refused append', async () => {
    const streamId = uniqueStream(category);
    await store.appendToStream(streamId, [newEvent('Joined', {})]);
    await inTransaction(async (client) => {
      await expect(store.appendToStream(streamId, [newEvent('Again', {})], { expectedRevision: 'no_stream', transaction: client })).rejects.toMatchObject({
        name: 'WrongExpectedRevisionError',
      });
      await client.query('INSERT INTO projection VALUES ($1, 7)', [streamId]);
    }, 'COMMIT');
    expect((await store.pool.query('SELECT events FROM projection WHERE stream_id = $1', [streamId])).rows).toEqual([{ events: 7 }]);
  });

  it('never hands out an event while an earlier position is still uncommitted, even from a transaction with an older id', async () => {
    const older = await store.pool.connect();
    const younger = await store.pool.connect();
    try {
      // `older` gets its transaction id first, `younger` takes the lower position: the case where a
      // transaction-id (xmin) fence shows the later position and hides the earlier one.
      await older.query('BEGIN');
      await older.query('SELECT pg_current_xact_id()');
      await younger.query('BEGIN');
      const before = await store.stablePosition();
      const early = await store.appendToStream(uniqueStream(category), [newEvent('Early', {})], { transaction: younger });
      const late = await store.appendToStream(uniqueStream(category), [newEvent('Late', {})], { transaction: older });
      await older.query('COMMIT');
      expect(late.positions[0]).toBeGreaterThan(early.positions[0] ?? Infinity);

      // The older transaction id holds the later position: any transaction-id fence that lets the
      // older transaction's rows through while the younger runs shows position `late` and hides `early`.
      const { rows } = await store.pool.query<{ global_position: string; transaction_id: string }>(
        `SELECT global_position, transaction_id::text FROM "${store.schema}".events WHERE global_position > $1 ORDER BY global_position`,
        [before],
      );
      const lateRow = rows.find((r) => Number(r.global_position) === late.positions[0]);
      const { rows: youngerXid } = await younger.query<{ xid: string }>('SELECT pg_current_xact_id()::text AS xid');
      expect(rows.map((r) => Number(r.global_position))).toEqual(late.positions);
      expect(BigInt(lateRow?.transaction_id ?? '0')).toBeLessThan(BigInt(youngerXid[0]?.xid ?? '0'));
      expect(await store.readAll({ after: before })).toEqual([]);

      await younger.query('COMMIT');
      expect((await store.readAll({ after: before })).map((e) => e.type)).toEqual(['Early', 'Late']);
    } finally {
      older.release();
      younger.release();
    }
  });
});
