import { consumerFuzzTimeoutMs, formatFuzzReport, runConsumerFuzz, untilServiceActsOn } from '@titrepro/service-kit/testing';
import { startIssuanceWorld, type IssuanceWorld } from '../testing/issuance-world';

// Issue 17: generated messages on every topic the issuance's consumers read (FUZZ_SEED, FUZZ_RUNS).
// The world runs idf and bre; idf is fuzzed (bre reads the same topics and must keep up too).
describe("the document issuance's consumers under generated messages (real PostgreSQL and Kafka)", () => {
  let world: IssuanceWorld;

  beforeAll(async () => {
    world = await startIssuanceWorld();
  });

  afterAll(async () => {
    await world?.close();
  });

  it('applies or dead-letters every message, commits to the end, puts each refusal once on the DLQ, and still applies a valid event', async () => {
    const report = await runConsumerFuzz({
      service: world.idf,
      publisher: world.world.publisher,
      otherRegion: 'bre',
      // The registry knows their names, as a real one would (a parchemin prints them).
      onCandidates: ({ real, otherRegionCandidate }) => {
        world.identities.names.set(real, { familyName: 'Réel', givenNames: ['Candidat'] });
        world.identities.names.set(otherRegionCandidate, { familyName: 'Autre', givenNames: ['Région'] });
      },
      // A CCP awarded afterwards to a newly registered candidate reaches the issuance (a livret).
      afterwards: async () => {
        const { candidateId } = await world.candidate().named({ familyName: 'Après', givenNames: ['Coup'] }).ccpsAwarded(['CCP1']);
        await untilServiceActsOn(world.idf, candidateId);
      },
    });
    console.info(formatFuzzReport(report));
    expect(report.messages).toBeGreaterThan(0);
  }, consumerFuzzTimeoutMs());
});
