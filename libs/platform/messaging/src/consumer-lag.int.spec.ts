import { waitFor } from '@titrepro/testing';
import type { PoolClient } from 'pg';
import type { IntegrationEventHandler } from './consumer/consumed-event';
import { recordEffect } from './testing/effects-table';
import { SequenceConsumerRig } from './testing/sequence-consumer-rig';

/**
 * The lag metric is Kafka's: high-water mark minus the group's committed offset, read every
 * monitorIntervalMs, also (above all) while the consumer is stuck on a message.
 */
describe('consumer lag and stall, as Kafka sees them (real PostgreSQL and Kafka)', () => {
  let rig: SequenceConsumerRig;
  let stuck = true;
  const handler: IntegrationEventHandler<PoolClient> = async (event, context) => {
    // The database "down" for this candidate's first event until the test lets it through.
    if (stuck && event.payload['sequence'] === 0) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    await recordEffect(event, context);
  };
  const lagMetric = () => rig.metric('titrepro_consumer_lag_messages', { group: rig.groupId, topic: rig.topic });

  beforeAll(async () => {
    rig = await SequenceConsumerRig.start('lag', 'jury', handler, { monitorIntervalMs: 200, backoff: { initialMs: 50, maxMs: 200, factor: 2 } });
  });

  afterAll(async () => {
    await rig?.stop();
  });

  it('shows the real lag of a stuck consumer, and how long it has not advanced', async () => {
    await rig.produce([0, 1, 2, 3, 4, 5].map((sequence) => ['lagging', sequence] as const));
    await waitFor('the lag metric at 6', async () => (await lagMetric()) === 6, 30_000);

    const { end, committed } = await rig.offsets();
    expect(end - Math.max(0, committed)).toBe(6);
    const before = rig.consumer.progress();
    expect(before).toMatchObject({ lag: 6, partitions: [expect.objectContaining({ partition: 0, lag: 6, highWatermark: end })] });
    await waitFor('the stall to grow', () => rig.consumer.progress().stalledForMs > before.stalledForMs + 500, 30_000);
    expect(await rig.metric('titrepro_consumer_stalled_seconds', { group: rig.groupId })).toBeGreaterThan(0);
  });

  it('shows no lag and no stall once the consumer catches up', async () => {
    stuck = false;
    await waitFor('the lag metric at 0', async () => (await lagMetric()) === 0, 60_000);

    expect(await rig.effectsOf('lagging')).toEqual([0, 1, 2, 3, 4, 5]);
    expect(rig.consumer.progress()).toMatchObject({ lag: 0, stalledForMs: 0 });
  });
});
