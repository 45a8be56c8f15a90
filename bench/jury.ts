/**
 * `npm run bench -- jury`: what a validation session costs the jury service as it grows. Every
 * session command reads the whole session stream (the decider's state), so the cost of convening
 * and deliberating rises with the number of candidates: this measures it on PostgreSQL, with the
 * kit's command path (read, decide, append with the hash chain), for one session of
 * BENCH_JURY_CANDIDATES candidates and two members. Its figures go to bench/results/jury.json.
 *
 * Settings: BENCH_JURY_CANDIDATES (120), TEST_DATABASE_URL / DATABASE_URL.
 */
import type { CandidateFileFacts, JuryMemberFacts, SessionCommand, SessionEvent } from '@titrepro/domain-jury';
import { JURY_SESSION_STREAM_CATEGORY, minutesHashOf, sessionDecider, sessionEvents, type ScheduledSession } from '@titrepro/domain-jury';
import { handleCommand, PostgresEventStore, PostgresKeyStore, runSqlMigrations } from '@titrepro/event-store';
import { causationFromRequest } from '@titrepro/messaging';
import { commandContextFor, defineAggregate, type Aggregate, KIT_SCHEMA, kitMigrations, stateOf, systemClock, uuidV7Source } from '@titrepro/service-kit';
import { createTestDatabase } from '@titrepro/testing';
import { cpus } from 'node:os';
import { percentile, timed } from './timing';

const candidates = Number(process.env['BENCH_JURY_CANDIDATES'] ?? 120);
const sessions = defineAggregate({ category: JURY_SESSION_STREAM_CATEGORY, decider: sessionDecider, events: sessionEvents });
const members: JuryMemberFacts[] = ['m-1', 'm-2'].map((memberId) => ({ memberId, region: 'idf', titleCodes: ['TP-00495'], assessorId: null }));

/** A continuous-training candidate whose evidence is complete. */
const fileOf = (candidateId: string): CandidateFileFacts => ({
  candidateId,
  homeRegion: 'idf',
  pathways: [{ pathwayId: `p-${candidateId}`, titleCode: 'TP-00495', type: 'continuous-training', region: 'idf', status: 'open' }],
  admissibility: [],
  evidenceStatus: [
    { pathwayId: `p-${candidateId}`, rulebookId: 'seed-2009', ruleIds: ['EVIDENCE-CONTINUOUS'], complete: true, present: [], missing: [], source: { eventId: `e-${candidateId}`, region: 'idf' } },
  ],
  evidenceRecords: [],
  assessorIds: ['trainer-1'],
  ccpsHeld: [],
  titlesHeld: [],
  ccssHeld: [],
});

export const runJuryBench = async () => {
  const [events, keys] = [await createTestDatabase('bench_jury'), await createTestDatabase('bench_jury_keys')];
  const keyStore = await PostgresKeyStore.create({ connectionString: keys.url, schema: 'jury' });
  const store = await PostgresEventStore.create({ connectionString: events.url, keyStore });
  try {
    await runSqlMigrations(store.pool, KIT_SCHEMA, kitMigrations);
    const stream = sessions.stream('bench');
    const origin = { actor: { subject: 'bench', role: 'regional-officer' }, causation: causationFromRequest({}) };
    const timings: Record<string, number[]> = { convene: [], deliberate: [], approve: [], seal: [] };
    const run = async (step: keyof typeof timings | null, command: SessionCommand) => {
      const [result, ms] = await timed(() => {
        const context = commandContextFor<SessionEvent>(sessions as unknown as Aggregate<unknown, never, SessionEvent>, origin, { clock: systemClock, ids: uuidV7Source, region: 'idf' });
        return handleCommand(store, stream.streamId, sessions.decider, command, context);
      });
      if (!result.ok) throw new Error(`${command.type} refused: ${result.error.message}`);
      if (step) timings[step]?.push(ms);
    };
    await run(null, { type: 'ScheduleValidationSession', data: { sessionId: 'bench', region: 'idf', titleCode: 'TP-00495', date: '2026-11-20', kind: 'title', ccsCode: null } });
    await run(null, { type: 'ConstituteJury', data: { sessionId: 'bench', members, candidates: [] } });
    const ids = Array.from({ length: candidates }, (_, index) => `c-${String(index).padStart(4, '0')}`);
    for (const candidateId of ids) {
      await run('convene', { type: 'ConveneCandidate', data: { sessionId: 'bench', candidateId, ccpCodes: null, file: fileOf(candidateId), fileRef: { streamId: `jurycandidate-${candidateId}`, revision: 3 } } });
    }
    for (const candidateId of ids) {
      const data = { sessionId: 'bench', candidateId, decisionId: `d-${candidateId}`, memberId: 'm-1', outcome: { kind: 'title-awarded' as const }, revises: null, file: fileOf(candidateId), fileRef: { streamId: `jurycandidate-${candidateId}`, revision: 3 } };
      await run('deliberate', { type: 'RecordDeliberation', data });
    }
    const state = (await stateOf(store, stream)) as ScheduledSession;
    const minutesHash = minutesHashOf(state);
    for (const member of members) await run('approve', { type: 'ApproveMinutes', data: { sessionId: 'bench', memberId: member.memberId, minutesHash } });
    await run('seal', { type: 'SealMinutes', data: { sessionId: 'bench', officerId: 'officer' } });
    const recorded = await store.readStream(stream.streamId);
    const bytes = recorded.reduce((sum, event) => sum + JSON.stringify(event.data).length, 0);
    const row = (step: string) => {
      const values = timings[step] ?? [];
      const ms = (value: number) => Math.round(value * 10) / 10;
      return { step, count: values.length, p50Ms: ms(percentile(values, 50)), p95Ms: ms(percentile(values, 95)), lastMs: ms(values.at(-1) ?? 0) };
    };
    const results = {
      candidates,
      sessionEvents: recorded.length,
      sessionStreamKiB: Math.round(bytes / 1024),
      machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version },
      steps: ['convene', 'deliberate', 'approve', 'seal'].map(row),
    };
    console.table(results.steps);
    console.log(`session stream: ${results.sessionEvents} events, ${results.sessionStreamKiB} KiB of data`);
    return results;
  } finally {
    await store.close();
    await keyStore.close();
    await events.drop();
    await keys.drop();
  }
};
