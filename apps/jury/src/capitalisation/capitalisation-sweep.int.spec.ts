import type { CommandBus } from '@nestjs/cqrs';
import { capitalisationSweepSelection } from '@titrepro/domain-jury';
import { referential } from '@titrepro/domain-referential';
import { rulebooks } from '@titrepro/domain-rulebook';
import { postgresAdminUrl, uniqueName, waitFor } from '@titrepro/testing';
import type { DataSource } from 'typeorm';
import type { JuryConfig } from '../config/jury-config';
import { CapitalisationSweep, SWEEP_ELECTION_INTERVAL_MS } from './capitalisation-sweep';

/** A replica of the jury as far as the sweep goes: its own queries recorded, the lock on the real PostgreSQL. */
const replica = (region: string, now: Date) => {
  const queries: unknown[][] = [];
  const dataSource = { query: async (_sql: string, parameters: unknown[]) => (queries.push(parameters), []) } as unknown as DataSource;
  const config = { DATABASE_URL: postgresAdminUrl(), REGION: region, CAPITALISATION_SWEEP_MINUTES: 60 } as JuryConfig;
  const sweep = new CapitalisationSweep({ execute: async () => ({ events: [] }) } as unknown as CommandBus, dataSource, { now: () => now }, config);
  return { sweep, queries };
};

describe('capitalisation sweep (one replica, the rulebook in force)', () => {
  // A region of its own: its lock is this test's alone.
  const region = uniqueName('sweep').replace(/[^a-z0-9]/g, '').slice(0, 20);
  const replicas = [replica(region, new Date('2012-03-11T12:00:00Z')), replica(region, new Date('2012-03-11T12:00:00Z'))];

  afterAll(async () => {
    await Promise.all(replicas.map(({ sweep }) => sweep.onModuleDestroy()));
  });

  it('sweeps on one replica of two, and on the other once the first goes away', async () => {
    for (const { sweep } of replicas) sweep.onApplicationBootstrap();
    await waitFor('a replica to sweep', () => replicas.some(({ sweep }) => sweep.sweeps > 0), 20_000);
    // Longer than a follower's election interval: it tried, and did not sweep.
    await new Promise((resolve) => setTimeout(resolve, SWEEP_ELECTION_INTERVAL_MS + 1_000));
    expect(replicas.map(({ sweep }) => sweep.sweeps).sort()).toEqual([0, 1]);
    const [sweeper, follower] = replicas[0]?.sweep.sweeps === 1 ? [replicas[0], replicas[1]] : [replicas[1], replicas[0]];
    if (!sweeper || !follower) throw new Error('two replicas');
    expect(sweeper.queries).toHaveLength(1);
    expect(follower.queries).toHaveLength(0);

    await sweeper.sweep.onModuleDestroy();
    await waitFor('the other replica to take the sweep over', () => follower.sweep.sweeps === 1, SWEEP_ELECTION_INTERVAL_MS * 3);
    expect(follower.queries).toHaveLength(1);
  }, 60_000);

  it('selects the files by the rulebook in force that day (the seed, in 2012: first CCP five years back)', async () => {
    const { sweep, queries } = replica(region, new Date('2012-03-11T12:00:00Z'));
    await sweep.sweep();
    const selection = capitalisationSweepSelection('2012-03-11', { referential, rulebooks });
    expect(queries).toEqual([[selection?.firstCcpObtainedBy, selection?.titlesEnded]]);
    expect(selection?.firstCcpObtainedBy).toBe('2007-03-10');
  });

  it('since 2016, selects no file by the age of its first CCP', async () => {
    const { sweep, queries } = replica(region, new Date('2025-06-01T12:00:00Z'));
    await sweep.sweep();
    expect(queries[0]?.[0]).toBeNull();
  });
});
