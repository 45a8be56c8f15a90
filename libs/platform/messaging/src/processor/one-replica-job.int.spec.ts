import { createTestDatabase, uniqueName, waitFor, type TestDatabase } from '@titrepro/testing';
import { OneReplicaJob } from './one-replica-job';

// A periodic job on two replicas of one service (real PostgreSQL): one runs it, the other takes over.
describe('OneReplicaJob (real PostgreSQL)', () => {
  let database: TestDatabase;
  const started: OneReplicaJob[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('one_replica_job');
  });

  afterAll(async () => {
    await Promise.all(started.map((job) => job.stop()));
    await database.drop();
  });

  const replica = (name: string, runs: string[], replicaName: string, fail = false) => {
    const job = new OneReplicaJob({
      name,
      database: database.url,
      everyMs: 50,
      electionIntervalMs: 50,
      run: async () => {
        runs.push(replicaName);
        if (fail) throw new Error('the job failed');
      },
    });
    started.push(job);
    job.start();
    return job;
  };

  it('runs on one replica only, again and again, and on the other once the first stops', async () => {
    const name = uniqueName('sweep');
    const runs: string[] = [];
    const first = replica(name, runs, 'a');
    await waitFor('the first replica to lead', () => first.state === 'leader');
    const second = replica(name, runs, 'b');
    await waitFor('a few runs', () => runs.length >= 5);
    expect(new Set(runs)).toEqual(new Set(['a']));
    expect(second.state).toBe('follower');

    await first.stop();
    expect(first.state).toBe('stopped');
    const before = runs.length;
    await waitFor('the second replica to take the job over', () => runs.slice(before).includes('b'));
    expect(second.state).toBe('leader');
  });

  it('runs again after a failed run', async () => {
    const runs: string[] = [];
    replica(uniqueName('failing'), runs, 'a', true);
    await waitFor('three runs, each failing', () => runs.length >= 3);
  });
});
