import { CandidateTransferredV1 } from '@titrepro/contracts';
import { consumerFuzzTimeoutMs, formatFuzzReport, runConsumerFuzz, TestWorld, untilServiceActsOn } from '@titrepro/service-kit/testing';
import { serviceDefinition } from '../service.definition';

// Issue 17: generated messages on every topic the registry's consumers read (FUZZ_SEED, FUZZ_RUNS).
describe("the registry's consumers under generated messages (real PostgreSQL and Kafka)", () => {
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
      // A file bre offers afterwards reaches idf's registry as an incoming transfer.
      afterwards: async () => {
        const { candidateId } = await world.candidate().inRegion('bre');
        await world.send(CandidateTransferredV1, { candidateId, fromRegion: 'bre', toRegion: 'idf', transferredAt: world.now() }, 'bre');
        await untilServiceActsOn(world.deployment('idf'), candidateId);
      },
    });
    console.info(formatFuzzReport(report));
    expect(report.messages).toBeGreaterThan(0);
  }, consumerFuzzTimeoutMs());
});
