import { consumerFuzzTimeoutMs, formatFuzzReport, runConsumerFuzz } from '@titrepro/service-kit/testing';
import { startEvaluationWorld, type EvaluationWorld } from '../testing/evaluation-world';

// Issue 17: generated messages on every topic the evaluation's consumers read (FUZZ_SEED, FUZZ_RUNS).
describe("the evaluation's consumers under generated messages (real PostgreSQL and Kafka)", () => {
  let world: EvaluationWorld;

  beforeAll(async () => {
    world = await startEvaluationWorld();
  });

  afterAll(async () => {
    await world?.close();
  });

  it('applies or dead-letters every message, commits to the end, puts each refusal once on the DLQ, and still applies a valid event', async () => {
    const report = await runConsumerFuzz({
      service: world.evaluation,
      publisher: world.world.publisher,
      otherRegion: 'bre',
      // A candidate registered afterwards, with a pathway, reaches the evaluation.
      afterwards: async () => void (await world.candidate().vae()),
    });
    console.info(formatFuzzReport(report));
    expect(report.messages).toBeGreaterThan(0);
  }, consumerFuzzTimeoutMs());
});
