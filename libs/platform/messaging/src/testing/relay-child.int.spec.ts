import { createTestDatabase, kafkaBrokers, type TestDatabase } from '@titrepro/testing';
import { RelayChild } from './relay-child';

// The harness the failover tests stand on: a child that cannot start must say why, at once.
describe('relay child process (real PostgreSQL and Kafka)', () => {
  let database: TestDatabase;
  const children: RelayChild[] = [];
  const runnerOptions = process.env['TS_NODE_COMPILER_OPTIONS'];

  beforeAll(async () => {
    database = await createTestDatabase('relay_child');
  });

  afterAll(async () => {
    if (runnerOptions === undefined) delete process.env['TS_NODE_COMPILER_OPTIONS'];
    else process.env['TS_NODE_COMPILER_OPTIONS'] = runnerOptions;
    await Promise.all(children.map((child) => child.kill('SIGKILL')));
    await database?.drop();
  });

  it('leads although the test runner set ts-node compiler options that TypeScript 6 rejects (as nx test does)', async () => {
    process.env['TS_NODE_COMPILER_OPTIONS'] = JSON.stringify({ moduleResolution: 'Node10', module: 'commonjs', customConditions: null });
    const child = RelayChild.start({ databaseUrl: database.url, brokers: kafkaBrokers(), topic: 'unused', name: 'runner_env', category: 'runnerenv' });
    children.push(child);
    await child.waitForState('leader', 20_000);
    expect(await child.kill('SIGTERM')).toBe(0);
  }, 30_000);

  it('fails a wait at once, with the child stderr, when the child has exited', async () => {
    const child = RelayChild.start({ databaseUrl: database.url, brokers: kafkaBrokers(), topic: '', name: 'no_topic' });
    children.push(child);
    // The wait's own deadline lies beyond the test's: only the child's exit can end it in time.
    await expect(child.waitForState('leader', 600_000)).rejects.toThrow(/exited \(code 1\).*\n.*RELAY_TOPIC is not set/);
  }, 60_000);
});
