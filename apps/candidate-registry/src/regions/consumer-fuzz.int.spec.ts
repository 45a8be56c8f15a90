import { CandidateRegisteredV1, CandidateTransferredV1 } from '@titrepro/contracts';
import { consumerFuzzTimeoutMs, createSharedTopics, formatFuzzReport, runConsumerFuzz, startContractPublisher, startService, untilServiceActsOn, type ContractPublisher, type StartedService } from '@titrepro/service-kit/testing';
import { randomUUID } from 'node:crypto';
import { serviceDefinition } from '../service.definition';

// Issue 17: generated messages on every topic the registry's consumers read (FUZZ_SEED, FUZZ_RUNS).
describe("the registry's consumers under generated messages (real PostgreSQL and Kafka)", () => {
  let registry: StartedService;
  let publisher: ContractPublisher;

  beforeAll(async () => {
    const topicPrefix = await createSharedTopics();
    registry = await startService(serviceDefinition, { region: 'idf', topicPrefix, consumers: true });
    publisher = await startContractPublisher(topicPrefix);
  });

  afterAll(async () => {
    await publisher?.close();
    await registry?.close();
  });

  it('applies or dead-letters every message, commits to the end, puts each refusal once on the DLQ, and still applies a valid event', async () => {
    const report = await runConsumerFuzz({
      service: registry,
      publisher,
      otherRegion: 'bre',
      // A file bre offers afterwards reaches idf's registry as an incoming transfer.
      afterwards: async () => {
        const candidateId = randomUUID();
        await publisher.publish(CandidateRegisteredV1, { candidateId, region: 'bre', registeredAt: new Date().toISOString() }, 'bre');
        await publisher.publish(CandidateTransferredV1, { candidateId, fromRegion: 'bre', toRegion: 'idf', transferredAt: new Date().toISOString() }, 'bre');
        await untilServiceActsOn(registry, candidateId);
      },
    });
    console.info(formatFuzzReport(report));
    expect(report.messages).toBeGreaterThan(0);
  }, consumerFuzzTimeoutMs());
});
