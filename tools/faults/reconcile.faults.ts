import { PostgresEventStore } from '@titrepro/event-store';
import { waitFor } from '@titrepro/testing';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Cohort } from './support/cohort';
import { FaultWorld } from './support/fault-world';
import { untilConverged } from './support/faults';
import { runReconcile } from './support/run-reconcile';

const sql = async <Row extends Record<string, unknown>>(url: string, text: string, values: unknown[] = []): Promise<Row[]> => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(text, values)).rows;
  } finally {
    await client.end();
  }
};

// `npm run reconcile` against the four services of two regions, a few candidates through all of
// them: nothing to report on a clean world, and each kind of drift injected by hand reported.
describe('npm run reconcile (real services, PostgreSQL and Kafka)', () => {
  let world: FaultWorld;
  let cohort: Cohort;

  beforeAll(async () => {
    world = await FaultWorld.start();
    cohort = new Cohort(world, { perRegion: 2, perSession: 2, concurrency: 2 });
    await cohort.run();
    expect(cohort.progress.failed).toEqual([]);
    for (const [region, candidates] of cohort.candidates) {
      for (const candidateId of candidates) {
        await waitFor(`${candidateId}'s parchemin`, async () => (await cohort.documents(region, candidateId)).some((document) => document.kind === 'parchment'), 120_000, 500);
      }
    }
    await untilConverged(world);
  });

  afterAll(async () => {
    await world?.close();
  });

  it('reports no drift on a world where everything agrees, and exits 0', async () => {
    const { code, output } = await runReconcile(world);
    expect(output).toContain('no drift across 8 deployment(s)');
    expect(code).toBe(0);
  });

  it("reports a consumer's missing inbox entry, and exits 1", async () => {
    const { database } = world.databasesOf('jury', 'idf');
    const [removed] = await sql<{ consumer: string; event_id: string }>(database.url, `DELETE FROM messaging.inbox WHERE ctid = (SELECT ctid FROM messaging.inbox WHERE consumer LIKE '%registry%' LIMIT 1) RETURNING *`);
    expect(removed).toBeDefined();
    try {
      const { code, output } = await runReconcile(world, ['--services', 'jury', '--regions', 'idf']);
      expect(output).toMatch(new RegExp(`DRIFT jury/idf consumer ${removed?.consumer}: 1 of \\d+ message\\(s\\) on its topics are neither in its inbox nor among its dead letters: ${removed?.event_id}`));
      expect(code).toBe(1);
    } finally {
      await sql(database.url, `INSERT INTO messaging.inbox SELECT * FROM jsonb_populate_record(NULL::messaging.inbox, $1::jsonb)`, [JSON.stringify(removed)]);
    }
  });

  it('reports a read-model row no fold of the events gives back, and exits 1', async () => {
    const { database } = world.databasesOf('document-issuance', 'idf');
    const [removed] = await sql<{ row: Record<string, unknown> }>(database.url, `DELETE FROM issued_document WHERE ctid = (SELECT ctid FROM issued_document LIMIT 1) RETURNING to_jsonb(issued_document) AS row`);
    expect(removed).toBeDefined();
    try {
      const { code, output } = await runReconcile(world, ['--services', 'document-issuance', '--regions', 'idf']);
      expect(output).toMatch(new RegExp(`DRIFT document-issuance/idf projection document-read-models issued_document: 1 row\\(s\\) of the fold are missing or differ: .*document_id=${String(removed?.row['document_id'])}`));
      expect(code).toBe(1);
    } finally {
      await sql(database.url, `INSERT INTO issued_document SELECT * FROM jsonb_populate_record(NULL::issued_document, $1::jsonb)`, [JSON.stringify(removed?.row)]);
    }
  });

  it("reports a relay checkpoint moved back behind what Kafka holds, and exits 1", async () => {
    const { database } = world.databasesOf('candidate-registry', 'bre');
    const [before] = await sql<{ position: string }>(database.url, `SELECT position FROM messaging.relay_checkpoints WHERE relay = 'candidate-registry'`);
    await sql(database.url, `UPDATE messaging.relay_checkpoints SET position = position - 2 WHERE relay = 'candidate-registry'`);
    try {
      const { code, output } = await runReconcile(world, ['--services', 'candidate-registry', '--regions', 'bre']);
      expect(output).toMatch(/DRIFT candidate-registry\/bre relay candidate-registry: checkpoint \d+ is behind the store's last event \d+: 2 event\(s\) not published/);
      expect(output).toMatch(/DRIFT candidate-registry\/bre relay candidate-registry: 2 message\(s\) on Kafka come from events after the checkpoint/);
      expect(code).toBe(1);
    } finally {
      await sql(database.url, `UPDATE messaging.relay_checkpoints SET position = $1 WHERE relay = 'candidate-registry'`, [before?.position]);
    }
  });

  // Last: a stored event is never removed, so this drift stays.
  it('reports a document issued twice for one award, and exits 1', async () => {
    const { database } = world.databasesOf('document-issuance', 'bre');
    const store = await PostgresEventStore.create({ connectionString: database.url, migrate: false });
    try {
      const [parchment] = (await store.readAll({ category: 'documents' })).filter((event) => event.type === 'ParchmentIssued');
      if (!parchment) throw new Error('no parchemin issued in bre');
      const copy = { ...parchment.data, documentId: randomUUID() };
      await store.appendToStream(parchment.streamId, [{ eventId: randomUUID(), type: parchment.type, schemaVersion: parchment.schemaVersion, data: copy, metadata: parchment.metadata }]);
      const { code, output } = await runReconcile(world, ['--services', 'document-issuance', '--regions', 'bre']);
      expect(output).toContain(`DRIFT document-issuance/bre documents awards: 1 decision(s) issued the same document more than once: ${String(parchment.data['decisionId'])} ×2`);
      expect(code).toBe(1);
    } finally {
      await store.close();
    }
  });
});
