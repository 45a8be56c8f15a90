import { CandidateRegisteredV1 } from '@titrepro/contracts';
import { consumerFuzzTimeoutMs, createSharedTopics, formatFuzzReport, runConsumerFuzz, startContractPublisher, startService, untilServiceActsOn, type ContractPublisher, type StartedService } from '@titrepro/service-kit/testing';
import { randomUUID } from 'node:crypto';
import { serviceDefinition } from '../service.definition';

// Issue 17: generated messages on every topic the jury's consumers read (FUZZ_SEED, FUZZ_RUNS).
describe("the jury's consumers under generated messages (real PostgreSQL and Kafka)", () => {
  let jury: StartedService;
  let publisher: ContractPublisher;

  beforeAll(async () => {
    const topicPrefix = await createSharedTopics();
    jury = await startService(serviceDefinition, { region: 'idf', topicPrefix, consumers: true });
    publisher = await startContractPublisher(topicPrefix);
  });

  afterAll(async () => {
    await publisher?.close();
    await jury?.close();
  });

  it('applies or dead-letters every message, commits to the end, puts each refusal once on the DLQ, and still applies a valid event', async () => {
    const report = await runConsumerFuzz({
      service: jury,
      publisher,
      otherRegion: 'bre',
      // A candidate registered afterwards reaches the jury's file.
      afterwards: async () => {
        const candidateId = randomUUID();
        await publisher.publish(CandidateRegisteredV1, { candidateId, region: 'idf', registeredAt: new Date().toISOString() }, 'idf');
        await untilServiceActsOn(jury, candidateId);
      },
    });
    console.info(formatFuzzReport(report));
    expect(report.messages).toBeGreaterThan(0);
  }, consumerFuzzTimeoutMs());
});
