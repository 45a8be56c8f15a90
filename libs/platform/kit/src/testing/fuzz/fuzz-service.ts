import type { Role } from '@titrepro/platform-nest';
import fc from 'fast-check';
import { Client } from 'pg';
import type { StartedService } from '../start-service';
import { authorizationFor } from './fuzz-tokens';
import { answerProblems, type FuzzResponse } from './fuzz-invariants';
import { fuzzRequest, urlOf, type FuzzRequest } from './fuzz-request';
import { fuzzOperations, type FuzzOperation } from './openapi-operations';
import type { FuzzHints } from './schema-values';

export interface FuzzOptions {
  /** Ids the world under test knows, by field or parameter name, so that some requests reach the rules. */
  readonly hints?: FuzzHints;
  /** Subjects of valid tokens by role (a registered assessor's id for `assessor`…). */
  readonly subjects?: Partial<Record<Role, readonly string[]>>;
  /** Requests per run; FUZZ_RUNS overrides it. */
  readonly runs?: number;
  /** Findings tolerated for now (a defect another change fixes): the finding's text matches one of them. */
  readonly tolerated?: readonly RegExp[];
  /** The event store every 4xx must leave as it was: the service's own, unless it keeps none (the audit, which reads other services' stores). */
  readonly storeUrl?: string;
}

/** Requests per service in CI: 2,000 for the four services, about a minute on a quiet machine. */
export const DEFAULT_FUZZ_RUNS = 500;

/** The generator's seed: FUZZ_SEED, else a fixed one, so CI runs the same requests every time. */
export const fuzzSeed = (): number => Number(process.env['FUZZ_SEED'] ?? 1717);
export const fuzzRuns = (fallback: number): number => Number(process.env['FUZZ_RUNS'] ?? fallback);

/** What one fuzz run did, for the report. */
export interface FuzzReport {
  readonly seed: number;
  readonly requests: number;
  readonly operations: number;
  readonly byStatus: Record<string, number>;
  readonly findings: readonly string[];
}

const shortened = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value ?? null, (_key, each: unknown) => (typeof each === 'string' && each.length > 120 ? `${each.slice(0, 120)}…(${each.length} chars)` : Buffer.isBuffer(each) ? `<${each.length} bytes>` : each)));

const describeRequest = (request: FuzzRequest): string =>
  JSON.stringify(shortened({ route: `${request.operation.method.toUpperCase()} ${request.operation.path}`, url: urlOf(request).slice(0, 300), body: request.body.kind === 'json' && JSON.stringify(request.body.value).length > 2_000 ? '<large json>' : request.body, credential: request.credential, headers: request.headers }));

/** Sends a generated request through the service's HTTP stack; undefined when the client itself cannot send it (a header Node refuses). */
const send = async (service: StartedService, request: FuzzRequest): Promise<FuzzResponse | undefined> => {
  let call = service.http()[request.operation.method](urlOf(request));
  const authorization = await authorizationFor(request.credential, service.region);
  if (authorization) call = call.set('Authorization', authorization);
  for (const [name, value] of Object.entries(request.headers)) call = call.set(name, value);
  const body = request.body;
  if (body.kind === 'json') call = call.set('Content-Type', body.contentType).send(JSON.stringify(body.value));
  if (body.kind === 'raw') call = (body.contentType ? call.set('Content-Type', body.contentType) : call).send(body.text);
  if (body.kind === 'multipart') {
    for (const field of body.fields) call = call.field(field.name, field.value);
    for (const file of body.files) call = call.attach(file.field, file.content, file.name);
  }
  try {
    const response = await call;
    return { status: response.status, contentType: String(response.headers['content-type'] ?? ''), body: response.body };
  } catch (error) {
    if (error instanceof TypeError || /Invalid character|ERR_INVALID_CHAR|ERR_HTTP_INVALID_HEADER_VALUE/.test(String((error as Error).message ?? error))) return undefined;
    throw error;
  }
};

/** Events in the service's store: a 4xx must leave the count as it was. */
const countEvents = async (client: Client): Promise<number> => Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM event_store.events')).rows[0]?.n ?? 0);

/** The projections' names and the streams the world wrote, so that the operations routes are reached past their 404. */
const operationsHints = async (service: StartedService, store: Client): Promise<FuzzHints> => {
  const projections = await service.http().get('/operations/projections').set('Authorization', await service.bearer('operator'));
  const names = projections.status === 200 ? (projections.body as { projection: string }[]).map((each) => each.projection).filter((name) => typeof name === 'string') : [];
  const streams = (await store.query<{ stream_id: string }>('SELECT DISTINCT stream_id FROM event_store.events LIMIT 20')).rows.map((row) => row.stream_id);
  return { ...(names.length > 0 ? { name: names } : {}), ...(streams.length > 0 ? { streamId: streams } : {}) };
};

/** The service still answers valid requests, and no projection of its (if it keeps read models) parked anything. */
const stillHealthy = async (service: StartedService, keepsProjections: boolean): Promise<string[]> => {
  const problems: string[] = [];
  const ready = await service.http().get('/health/ready');
  if (ready.status !== 200) problems.push(`/health/ready answered ${ready.status}: ${JSON.stringify(ready.body).slice(0, 300)}`);
  if (!keepsProjections) return problems;
  const projections = await service.http().get('/operations/projections').set('Authorization', await service.bearer('operator'));
  if (projections.status !== 200) problems.push(`GET /operations/projections answered ${projections.status}`);
  else {
    for (const projection of projections.body as { projection: string; parked: number; parkedEvents: { error?: string }[] }[]) {
      if (projection.parked > 0) problems.push(`projection ${projection.projection} parked ${projection.parked} event(s): ${JSON.stringify(projection.parkedEvents.map((event) => event.error)).slice(0, 300)}`);
    }
  }
  return problems;
};

/**
 * Fuzzes every route of a started service from its own `/docs/openapi.json`: generated path
 * parameters, queries, headers, bodies, content types and tokens (see fuzzRequest), each answer
 * held to answerProblems, the event store's count unchanged by every 4xx, and the service healthy
 * (ready, next valid request answered, nothing parked) every 100 requests and at the end.
 * FUZZ_SEED and FUZZ_RUNS change the run; the seed is printed with any failure.
 */
export const fuzzService = async (service: StartedService, options: FuzzOptions = {}): Promise<FuzzReport> => {
  const document = (await service.http().get('/docs/openapi.json').expect(200)).body as Parameters<typeof fuzzOperations>[0];
  const operations: FuzzOperation[] = fuzzOperations(document);
  const keepsProjections = operations.some((operation) => operation.path === '/operations/projections');
  const seed = fuzzSeed();
  const runs = fuzzRuns(options.runs ?? DEFAULT_FUZZ_RUNS);
  const byStatus: Record<string, number> = {};
  const findings: string[] = [];
  const tolerated = options.tolerated ?? [];
  const store = new Client({ connectionString: options.storeUrl ?? service.database.url });
  await store.connect();
  let requests = 0;
  const began = Date.now();
  try {
    const hints = { ...(await operationsHints(service, store)), ...options.hints };
    const arbitrary = fc.oneof(...operations.map((operation) => fuzzRequest(operation, service.region, hints, options.subjects ?? {})));
    await fc.assert(
      fc.asyncProperty(arbitrary, async (request) => {
        const before = await countEvents(store);
        const response = await send(service, request);
        if (!response) return;
        requests += 1;
        byStatus[response.status] = (byStatus[response.status] ?? 0) + 1;
        const problems = answerProblems(request, response);
        if (response.status >= 400 && response.status < 500) {
          const after = await countEvents(store);
          if (after !== before) problems.push(`a ${response.status} appended ${after - before} event(s)`);
        }
        if (requests % 100 === 0) problems.push(...(await stillHealthy(service, keepsProjections)));
        // Collecting (a long run): progress now and then, so a run cut short still tells how far it went and how fast.
        if (process.env['FUZZ_COLLECT'] && requests % 1_000 === 0) process.stderr.write(`fuzz progress: ${requests} requests in ${Math.round((Date.now() - began) / 1_000)} s (FUZZ_SEED=${seed})\n`);
        const untolerated = problems.filter((problem) => !tolerated.some((pattern) => pattern.test(`${problem} ${describeRequest(request)}`)));
        if (untolerated.length > 0) {
          const finding = `${untolerated.join('; ')}\n  request: ${describeRequest(request)}\n  answer: ${JSON.stringify(shortened(response.body)).slice(0, 600)}`;
          findings.push(finding);
          // Collecting (a long run): each finding is written as found, so a run cut short still tells what it saw.
          if (process.env['FUZZ_COLLECT']) process.stderr.write(`fuzz finding: ${finding}\n`);
          if (!process.env['FUZZ_COLLECT']) throw new Error(`${finding}\n  (FUZZ_SEED=${seed} reproduces this run)`);
        }
      }),
      { seed, numRuns: runs, endOnFailure: true },
    );
    const health = await stillHealthy(service, keepsProjections);
    if (health.length > 0) {
      findings.push(...health);
      if (!process.env['FUZZ_COLLECT']) throw new Error(`after ${requests} requests: ${health.join('; ')} (FUZZ_SEED=${seed})`);
    }
  } finally {
    await store.end();
  }
  return { seed, requests, operations: operations.length, byStatus, findings };
};
