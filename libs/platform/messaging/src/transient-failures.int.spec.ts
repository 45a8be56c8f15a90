import { waitFor } from '@titrepro/testing';
import type { PoolClient } from 'pg';
import type { IntegrationEventHandler } from './consumer/consumed-event';
import { listDeadLetters } from './consumer/dead-letters';
import { recordEffect } from './testing/effects-table';
import { SequenceConsumerRig } from './testing/sequence-consumer-rig';

const consumerName = 'jury';
const maxAttempts = 2;

/**
 * The environment failing (out of connections, the backend terminated) says nothing about the
 * message: it is retried for as long as it lasts, never counted toward maxAttempts.
 */
describe('a consumer retries the environment’s failures until they pass, and dead-letters only its own (real PostgreSQL and Kafka)', () => {
  let rig: SequenceConsumerRig;
  // Per candidate: how many more runs fail, and how.
  const failures = new Map<string, { left: number; fail: (tx: PoolClient) => Promise<unknown> }>();
  const runs = new Map<string, number>();
  const handler: IntegrationEventHandler<PoolClient> = async (event, context) => {
    const candidate = event.payload.candidateId;
    runs.set(candidate, (runs.get(candidate) ?? 0) + 1);
    const failure = failures.get(candidate);
    if (failure && failure.left > 0) {
      failure.left -= 1;
      await failure.fail(context.tx);
    }
    await recordEffect(event, context);
  };
  // Real PostgreSQL errors, raised by the server itself.
  const tooManyClients = (tx: PoolClient) => tx.query(`DO $$ BEGIN RAISE EXCEPTION 'sorry, too many clients already' USING ERRCODE = '53300'; END $$`);
  const deadlock = (tx: PoolClient) => tx.query(`DO $$ BEGIN RAISE EXCEPTION 'deadlock detected' USING ERRCODE = '40P01'; END $$`);
  const terminated = (tx: PoolClient) => tx.query('SELECT pg_terminate_backend(pg_backend_pid())');
  const ownBug = async () => {
    throw new TypeError('cannot read properties of undefined');
  };

  beforeAll(async () => {
    rig = await SequenceConsumerRig.start('transient', consumerName, handler, { maxAttempts, backoff: { initialMs: 10, maxMs: 50, factor: 2 } });
  });

  afterAll(async () => {
    await rig?.stop();
  });

  it.each([
    ['too many clients (53300)', 't-clients', tooManyClients],
    ['a deadlock (40P01)', 't-deadlock', deadlock],
    ['its backend terminated (pg_terminate_backend)', 't-terminated', terminated],
  ])('applies a message whose handler failed on %s more times than maxAttempts', async (_what, candidate, fail) => {
    failures.set(candidate, { left: maxAttempts + 3, fail });
    await rig.produce([[candidate, 0]]);
    await waitFor('the message applied', async () => (await rig.effectsOf(candidate)).length === 1, 60_000);

    expect(runs.get(candidate)).toBe(maxAttempts + 4);
    expect(await listDeadLetters(rig.pool, consumerName, { key: candidate })).toEqual([]);
    expect(rig.deadLetterTopic.messages).toEqual([]);
  });

  it('still dead-letters a failure of the handler’s own after maxAttempts', async () => {
    failures.set('t-bug', { left: maxAttempts, fail: ownBug });
    await rig.produce([['t-bug', 0]]);
    await waitFor('the message dead-lettered', async () => (await listDeadLetters(rig.pool, consumerName, { key: 't-bug' })).length === 1, 60_000);

    expect(await listDeadLetters(rig.pool, consumerName, { key: 't-bug' })).toEqual([expect.objectContaining({ reason: 'handler-failed', attempts: maxAttempts })]);
    expect(await rig.effectsOf('t-bug')).toEqual([]);
  });
});
