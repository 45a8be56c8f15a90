/**
 * `npm run bench -- dspp`: what storing and reading a DSPP document costs the evaluation service:
 * the type read from the content, AES-256-GCM sealing under the candidate's key (taken from the key
 * store, in its own database) and the row written in the service's database; then the read back,
 * unsealed and checked against its SHA-256. Its figures go to bench/results/dspp.json.
 *
 * Settings: BENCH_DSPP_DOCUMENTS (60), BENCH_DSPP_MIB (2, the size of each), TEST_DATABASE_URL / DATABASE_URL.
 */
import { PostgresEventStore, PostgresKeyStore, runSqlMigrations } from '@titrepro/event-store';
import { detectDocumentType, KIT_SCHEMA, kitMigrations, SealedDocuments, systemClock, uuidV7Source } from '@titrepro/service-kit';
import { createTestDatabase } from '@titrepro/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { cpus } from 'node:os';
import { percentile, timed } from './timing';

const documents = Number(process.env['BENCH_DSPP_DOCUMENTS'] ?? 60);
const mebibytes = Number(process.env['BENCH_DSPP_MIB'] ?? 2);

/** A PDF-shaped document of about `size` bytes (random content between the header and %%EOF). */
const pdfOf = (size: number): Buffer => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(size), Buffer.from('\n%%EOF\n')]);

export const runDsppBench = async () => {
  const [events, keys] = [await createTestDatabase('bench_dspp'), await createTestDatabase('bench_dspp_keys')];
  const keyStore = await PostgresKeyStore.create({ connectionString: keys.url, schema: 'evaluation' });
  const store = await PostgresEventStore.create({ connectionString: events.url, keyStore });
  try {
    await runSqlMigrations(store.pool, KIT_SCHEMA, kitMigrations);
    const sealed = new SealedDocuments(store, keyStore, systemClock, uuidV7Source);
    const contents = Array.from({ length: documents }, () => pdfOf(mebibytes * 1024 * 1024));
    const detections: number[] = [];
    const stores: number[] = [];
    const reads: number[] = [];
    for (const content of contents) {
      const [mediaType, detection] = await timed(async () => detectDocumentType(content));
      if (!mediaType) throw new Error('the bench document was not recognised');
      const [stored, storing] = await timed(() => sealed.store({ subjectId: randomUUID(), content, mediaType }));
      const [read, reading] = await timed(() => sealed.read(stored.documentId));
      if (read.status !== 'readable' || !read.content.equals(content)) throw new Error('the document did not read back');
      detections.push(detection);
      stores.push(storing);
      reads.push(reading);
    }
    const total = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0);
    const mbPerSecond = (values: readonly number[]) => Math.round(((documents * mebibytes) / (total(values) / 1000)) * 10) / 10;
    const row = (name: string, values: readonly number[]) => ({ step: name, p50Ms: Math.round(percentile(values, 50) * 10) / 10, p95Ms: Math.round(percentile(values, 95) * 10) / 10, mibPerSecond: mbPerSecond(values) });
    const results = {
      documents,
      mebibytesEach: mebibytes,
      machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version },
      steps: [row('detect type', detections), row('seal and store', stores), row('read and unseal', reads)],
    };
    console.table(results.steps);
    return results;
  } finally {
    await store.close();
    await keyStore.close();
    await events.drop();
    await keys.drop();
  }
};
