import { CandidateRegisteredV1, PathwayOpenedV1 } from '@titrepro/contracts';
import { TSGERI } from '@titrepro/service-kit/testing';
import { waitFor } from '@titrepro/testing';
import { randomUUID } from 'node:crypto';
import { startEvaluationWorld, type EvaluationWorld } from '../testing/evaluation-world';

// Defect 5 of issue 17: bre's evaluation recorded idf's candidates' pathways from the registry topic
// and published their evidence status, which idf's jury dead-lettered as untrusted. Here idf's
// evaluation sees bre's candidate: it sets the events aside (no event, no dead letter), and applies
// them once the file is handed over to idf.
describe("another region's candidates in the evaluation (real PostgreSQL and Kafka)", () => {
  let world: EvaluationWorld;
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 2, 9, minute)).toISOString();
  const setAside = async (candidateId: string) =>
    (await world.evaluation.query<{ event_type: string }>('SELECT event_type FROM service_kit.other_region_events WHERE candidate_id = $1 ORDER BY sequence', [candidateId])).map((row) => row.event_type);
  const recorded = async (candidateId: string) =>
    (await world.evaluation.query<{ type: string }>('SELECT type FROM event_store.events WHERE stream_id = $1 ORDER BY revision', [`evaluation-${candidateId}`])).map((row) => row.type);
  const deadLetters = (candidateId: string) => world.evaluation.query('SELECT reason, error FROM messaging.dead_letters WHERE key = $1', [candidateId]);

  beforeAll(async () => {
    world = await startEvaluationWorld();
  });

  afterAll(async () => {
    await world?.close();
  });

  it("sets another region's candidate's events aside without a dead letter, and applies them in order when the file is handed over here", async () => {
    const candidateId = randomUUID();
    const pathwayId = randomUUID();
    await world.world.send(CandidateRegisteredV1, { candidateId, region: 'bre', registeredAt: at(0) }, 'bre');
    await world.world.send(PathwayOpenedV1, { candidateId, pathwayId, titleCode: TSGERI, pathway: 'vae', region: 'bre', openedAt: at(1) }, 'bre');
    await waitFor("bre's candidate's pathway set aside", async () => (await setAside(candidateId)).includes('PathwayOpened'), 30_000, 100);
    expect(await setAside(candidateId)).toEqual(['CandidateRegistered', 'PathwayOpened']);
    expect(await recorded(candidateId)).toEqual([]);
    expect(await deadLetters(candidateId)).toEqual([]);

    await world.world.handOver(candidateId, 'bre', 'idf');
    await waitFor('the handover applied', async () => (await recorded(candidateId)).includes('HandoverRecorded'), 30_000, 100);
    const types = await recorded(candidateId);
    expect(types.indexOf('PathwayRecorded')).toBeGreaterThanOrEqual(0);
    expect(types.indexOf('PathwayRecorded')).toBeLessThan(types.indexOf('HandoverRecorded'));
    expect(await setAside(candidateId)).toEqual([]);
    expect(await deadLetters(candidateId)).toEqual([]);
  });

  it("applies the handover of its own candidate to another region, then sets the new home's events aside", async () => {
    const { candidateId } = await world.candidate().vae().handOver('bre');
    await world.world.send(PathwayOpenedV1, { candidateId, pathwayId: randomUUID(), titleCode: TSGERI, pathway: 'vae', region: 'bre', openedAt: world.world.now() }, 'bre');
    await waitFor("the new home's pathway set aside", async () => (await setAside(candidateId)).includes('PathwayOpened'), 30_000, 100);
    expect(await setAside(candidateId)).toEqual(['PathwayOpened']);
    expect((await recorded(candidateId)).filter((type) => type === 'HandoverRecorded' || type === 'PathwayRecorded')).toEqual(['PathwayRecorded', 'HandoverRecorded']);
    expect(await deadLetters(candidateId)).toEqual([]);
  });
});
