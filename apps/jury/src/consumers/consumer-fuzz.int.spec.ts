import { consumerFuzzTimeoutMs, formatFuzzReport, runConsumerFuzz, TestWorld, untilServiceActsOn } from '@titrepro/service-kit/testing';
import { serviceDefinition } from '../service.definition';

// Issue 17: generated messages on every topic the jury's consumers read (FUZZ_SEED, FUZZ_RUNS).
describe("the jury's consumers under generated messages (real PostgreSQL and Kafka)", () => {
  let world: TestWorld;

  beforeAll(async () => {
    world = await TestWorld.start({ service: serviceDefinition, regions: ['idf'], relay: false });
  });

  afterAll(async () => {
    await world?.close();
  });

  it('applies or dead-letters every message, commits to the end, puts each refusal once on the DLQ, and still applies a valid event', async () => {
    const report = await runConsumerFuzz({
      service: world.deployment('idf'),
      publisher: world.publisher,
      otherRegion: 'bre',
      // A candidate registered afterwards reaches the jury's file.
      afterwards: async () => {
        const { candidateId } = await world.candidate();
        await untilServiceActsOn(world.deployment('idf'), candidateId);
      },
    });
    console.info(formatFuzzReport(report));
    expect(report.messages).toBeGreaterThan(0);
  }, consumerFuzzTimeoutMs());
});
