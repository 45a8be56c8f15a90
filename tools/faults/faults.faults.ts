import { Client } from 'pg';
import { waitFor } from '@titrepro/testing';
import { Cohort } from './support/cohort';
import { FaultWorld, REGIONS, SERVICES } from './support/fault-world';
import { brokerDown, exhaustConnections, sigkill, terminateConnections, untilConverged, type FaultFigures } from './support/faults';
import { runReconcile } from './support/run-reconcile';

/** At least this many candidates in all (half per region); FAULTS_CANDIDATES raises it. */
const CANDIDATES = Number(process.env['FAULTS_CANDIDATES'] ?? 200);
const BROKER_DOWN_MS = Number(process.env['FAULTS_BROKER_DOWN_MS'] ?? 30_000);
const EXHAUSTION_MS = Number(process.env['FAULTS_EXHAUSTION_MS'] ?? 20_000);

const count = async (url: string, text: string): Promise<number> => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query<{ count: string }>(text)).rows[0]?.count ?? 0);
  } finally {
    await client.end();
  }
};

const rows = async <Row extends Record<string, unknown>>(url: string, text: string): Promise<Row[]> => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(text)).rows;
  } finally {
    await client.end();
  }
};

const say = (line: string) => process.stdout.write(`${line}\n`);

// While candidates of two regions flow through the four services (each a process of its own, on a
// private broker), each fault is injected once; afterwards nothing is lost, duplicated or
// dead-lettered, every parchemin is issued once and `npm run reconcile` finds no drift.
describe('faults while a cohort flows (real services, PostgreSQL and a private Kafka broker)', () => {
  let world: FaultWorld;

  beforeAll(async () => {
    world = await FaultWorld.start();
  });

  afterAll(async () => {
    await world?.close();
  });

  it('converges after SIGKILLs, a broker outage, terminated connections and exhausted connections, with no drift', async () => {
    const started = Date.now();
    const cohort = new Cohort(world, { perRegion: CANDIDATES / 2, perSession: 25, concurrency: 4 });
    let injecting = true;
    // New sessions for as long as faults are being injected: candidates are in flight at each fault.
    const flowing = cohort.run(() => injecting);
    const figures: FaultFigures[] = [];
    const inFlight = () => cohort.progress.registered - cohort.progress.sealed;
    const inject = async (fault: string, act: () => Promise<unknown>) => {
      await waitFor('candidates in flight', async () => inFlight() >= 8, 600_000, 250);
      const candidatesInFlight = inFlight();
      const result = await act();
      const convergedInMs = await untilConverged(world);
      figures.push({ fault, candidatesInFlight, convergedInMs });
      say(`fault: ${fault}${result === undefined ? '' : ` (${String(result)})`}; ${candidatesInFlight} candidate(s) in flight; converged in ${(convergedInMs / 1000).toFixed(1)} s`);
    };
    try {
      await inject(`connections exhausted for ${EXHAUSTION_MS / 1000} s`, async () => `${await exhaustConnections(world, EXHAUSTION_MS)} taken from the services as they closed them`);
      await inject('pg_terminate_backend of every connection of jury/idf', async () => `${await terminateConnections(world, 'jury', 'idf')} terminated`);
      await inject(`Kafka broker stopped ${BROKER_DOWN_MS / 1000} s`, () => brokerDown(world, BROKER_DOWN_MS));
      for (const region of REGIONS) for (const service of SERVICES) await inject(`SIGKILL ${service}/${region}, restarted`, () => sigkill(world, service, region));
    } finally {
      injecting = false;
    }
    await flowing;
    const sealedAt = Date.now();

    // Every candidate's parchemin, once, at their region's issuance.
    const parchments = new Map<string, number>();
    const issuedBy = Date.now() + Number(process.env['FAULTS_ISSUANCE_WITHIN_MS'] ?? 1_200_000);
    for (const [region, candidates] of cohort.candidates) {
      for (const candidateId of candidates) {
        const within = Math.max(1_000, issuedBy - Date.now());
        await waitFor(`${candidateId}'s parchemin`, async () => (await cohort.documents(region, candidateId)).some((document) => document.kind === 'parchment'), within, 1_000).catch(() => undefined);
        parchments.set(candidateId, (await cohort.documents(region, candidateId)).filter((document) => document.kind === 'parchment').length);
      }
    }
    const finalConvergenceMs = (await untilConverged(world)) + (Date.now() - sealedAt);
    const reconciliation = await runReconcile(world);
    const driftLines = reconciliation.output.split('\n').filter((line) => line.startsWith('DRIFT'));

    const candidates = [...cohort.candidates.values()].flat();
    const deadLetters: string[] = [];
    const parked: string[] = [];
    let registrations = 0;
    for (const region of REGIONS) {
      for (const service of SERVICES) {
        const { database } = world.databasesOf(service, region);
        for (const letters of await rows<{ consumer: string; reason: string; count: string }>(
          database.url,
          `SELECT consumer, reason, count(*) AS count FROM messaging.dead_letters WHERE reason <> 'deferred' GROUP BY 1, 2 ORDER BY 1, 2`,
        )) {
          deadLetters.push(`${letters.consumer} ${letters.reason} ${letters.count}`);
        }
        const firsts = await rows<{ consumer: string; event_type: string; reason: string; error: string }>(
          database.url,
          `SELECT DISTINCT ON (consumer, reason) consumer, event_type, reason, left(error, 200) AS error FROM messaging.dead_letters WHERE reason NOT IN ('deferred', 'held-behind') ORDER BY consumer, reason, sequence`,
        );
        for (const first of firsts) say(`first ${first.reason} dead letter of ${first.consumer}: ${first.event_type}: ${first.error}`);
        const parkedEvents = (await count(database.url, `SELECT count(*) FROM service_kit.projection_parked_events`)) + (await count(database.url, `SELECT count(*) FROM messaging.relay_parked_events`));
        if (parkedEvents > 0) parked.push(`${service}/${region} ${parkedEvents}`);
        if (service === 'candidate-registry') registrations += await count(database.url, `SELECT count(*) FROM event_store.events WHERE type = 'CandidateRegistered'`);
      }
    }
    const missingParchments = candidates.filter((candidateId) => parchments.get(candidateId) === 0);
    const duplicatedParchments = candidates.filter((candidateId) => (parchments.get(candidateId) ?? 0) > 1);

    say('\n── fault suite figures ──');
    say(`candidates: ${candidates.length} (${cohort.progress.failed.length} failed to go through), ${cohort.answers.requests} requests`);
    say(`faults injected: ${figures.length}`);
    for (const figure of figures) say(`  ${figure.fault.padEnd(58)} in flight ${String(figure.candidatesInFlight).padStart(3)}  converged in ${(figure.convergedInMs / 1000).toFixed(1)} s`);
    say(`final convergence after the last seal: ${(finalConvergenceMs / 1000).toFixed(1)} s`);
    say(`answers other than expected: ${JSON.stringify(Object.fromEntries(cohort.answers.counts))}`);
    for (const [what, body] of cohort.answers.firstBodies) say(`  first ${what}: ${body}`);
    say(`dead letters: ${deadLetters.join(', ') || 'none'}; parked: ${parked.join(', ') || 'none'}`);
    say(`parchemins missing: ${missingParchments.length}, duplicated: ${duplicatedParchments.length}; registrations stored: ${registrations}`);
    say(`drift found: ${driftLines.length}${driftLines.length ? `\n${driftLines.join('\n')}` : ''}`);
    say(`total: ${((Date.now() - started) / 1000).toFixed(0)} s`);
    if (reconciliation.code !== 0) say(reconciliation.output);
    if (cohort.progress.failed.length > 0) say(`failures:\n${cohort.progress.failed.slice(0, 20).join('\n')}`);

    expect(cohort.progress.failed).toEqual([]);
    expect(candidates.length).toBeGreaterThanOrEqual(CANDIDATES);
    expect(registrations).toBe(candidates.length);
    expect(missingParchments).toEqual([]);
    expect(duplicatedParchments).toEqual([]);
    expect(deadLetters).toEqual([]);
    expect(parked).toEqual([]);
    expect(driftLines).toEqual([]);
    expect(reconciliation.code).toBe(0);
  });
});
