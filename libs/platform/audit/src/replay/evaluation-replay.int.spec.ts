import { addDays, calendarDateInParis, type DomainError, type Result } from '@titrepro/domain-kernel';
import { referential } from '@titrepro/domain-referential';
import { applyRule, rulebooks } from '@titrepro/domain-rulebook';
import {
  createEvaluationDecider,
  evaluationEvents,
  parseAssignAssessor,
  parseRecordPathway,
  parseRecordTrainingEvaluation,
  parseSubmitDspp,
  type AssessorFacts,
  type EvaluationCommand,
  type EvaluationEvent,
} from '@titrepro/domain-evaluation';
import { documentsEvents } from '@titrepro/domain-issuance';
import { handleCommand, PostgresEventStore } from '@titrepro/event-store';
import { createTestDatabase, type TestDatabase } from '@titrepro/testing';
import { randomUUID } from 'node:crypto';
import { AuditedStores } from '../stores/audited-stores';
import { verifyStores } from '../verify/verification';
import { candidateReplay } from './candidate-replay';

const today = calendarDateInParis(new Date());
const day = (offset: number) => new Date(`${addDays(today, offset)}T10:00:00Z`);
const TITLE = 'TP-00495';
const TRAINER: AssessorFacts = { assessorId: 'trainer-1', kind: 'trainer', specialtyTitleCode: TITLE, qualifiedTitleCodes: [TITLE], region: 'idf' };
const decider = createEvaluationDecider({ referential, rulebooks });
const flagKinds = (replay: Awaited<ReturnType<typeof candidateReplay>>, type: string) => replay.decisions.filter((each) => each.type === type).flatMap((each) => each.flags.map((flag) => flag.kind));

/**
 * Replay of evaluation decisions, on a real PostgreSQL event store written as the evaluation service
 * writes it (its decider through handleCommand): the ECF's and the evidence status's facts are
 * re-derived from the stream before them, an older ECF (v1, rule id only) has its facts re-derived,
 * and a decision that cites evidence never submitted or facts the stream does not give is flagged.
 * Verify, beside an issuance store: a published parchemin that no jury sealed is a broken award.
 */
describe('audit replay of evaluation decisions and verify of issuance awards (real PostgreSQL)', () => {
  let evaluation: TestDatabase;
  let issuance: TestDatabase;
  let jury: TestDatabase;
  let store: PostgresEventStore;
  let stores: AuditedStores;

  const decide = async (candidateId: string, at: Date, command: () => Result<EvaluationCommand, DomainError>) => {
    const parsed = command();
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const done = await handleCommand(store, `evaluation-${candidateId}`, decider, parsed.value, {
      now: at,
      newEventId: randomUUID,
      metadata: { correlationId: randomUUID(), causationId: null, actor: { subject: 'officer-1', role: 'officer' }, region: 'idf' },
      describe: (event: EvaluationEvent) => evaluationEvents.storageOf(event),
      readEvent: (recorded) => {
        const read = evaluationEvents.read(recorded);
        if (!read.ok) throw new Error(read.error.message);
        return read.value;
      },
    });
    if (!done.ok) throw new Error(`${parsed.value.type}: ${JSON.stringify(done.error)}`);
    return done.value;
  };

  /** A continuous-training pathway with its DSPP and CCP1's ECF, through the decider. */
  const aCandidateWithAnEcf = async () => {
    const candidateId = randomUUID();
    await decide(candidateId, day(-30), () => parseRecordPathway({ candidateId, pathwayId: 'p-1', titleCode: TITLE, pathwayType: 'continuous-training', region: 'idf' }));
    await decide(candidateId, day(-29), () =>
      parseAssignAssessor({ candidateId, actingRegion: 'idf', assignmentId: 'as-1', pathwayId: 'p-1', scope: { kind: 'ecf', ccpCode: 'CCP1' }, assessor: TRAINER }),
    );
    await decide(candidateId, day(-28), () =>
      parseSubmitDspp({
        candidateId,
        pathwayId: 'p-1',
        submissionId: 'dspp-1',
        submittedBy: candidateId,
        documents: ['CCP1', 'CCP2', 'CCP3'].map((ccpCode, index) => ({ ccpCode, documentId: `doc-${ccpCode}`, sha256: String(index + 1).repeat(64), size: 2048, mediaType: 'application/pdf' })),
      }),
    );
    await decide(candidateId, day(-20), () => parseRecordTrainingEvaluation({ candidateId, pathwayId: 'p-1', ccpCode: 'CCP1', evaluatedOn: addDays(today, -21), result: 'passed', assessor: TRAINER }));
    return candidateId;
  };

  /** The candidate's last ECF, as stored, for a forger to copy. */
  const storedEcf = async (candidateId: string) => {
    const events = await store.readStream(`evaluation-${candidateId}`);
    const ecf = events.find((each) => each.type === 'TrainingEvaluationRecorded');
    if (!ecf) throw new Error('no ECF');
    return ecf;
  };

  /** Appends an event as the service would (chain and all): a forgery the chain cannot tell. */
  const append = async (candidateId: string, type: string, schemaVersion: number, data: Record<string, unknown>, metadata: Record<string, unknown>) =>
    store.appendToStream(`evaluation-${candidateId}`, [{ eventId: randomUUID(), type, schemaVersion, data, metadata: { ...metadata, correlationId: randomUUID() } as never }]);

  beforeAll(async () => {
    [evaluation, issuance, jury] = await Promise.all([createTestDatabase('audit_eval'), createTestDatabase('audit_issuance'), createTestDatabase('audit_jury')]);
    store = await PostgresEventStore.create({ connectionString: evaluation.url, notify: false, poolConfig: { max: 2 } });
    for (const url of [issuance.url, jury.url]) await (await PostgresEventStore.create({ connectionString: url, notify: false, poolConfig: { max: 1 } })).close();
    stores = await AuditedStores.open(
      [
        { region: 'idf', service: 'evaluation', url: evaluation.url },
        { region: 'idf', service: 'document-issuance', url: issuance.url },
        { region: 'idf', service: 'jury', url: jury.url },
      ],
      { maxConnections: 1 },
    );
  }, 60_000);

  afterAll(async () => {
    await stores?.close();
    await store?.close();
    await Promise.all([evaluation, issuance, jury].map((database) => database?.drop()));
  });

  it('replays an ECF and the evidence statuses with no flag: their facts and DSPP hashes re-derived from the stream before them', async () => {
    const candidateId = await aCandidateWithAnEcf();
    const replay = await candidateReplay(stores, candidateId);
    expect(replay.decisions.flatMap((each) => each.flags)).toEqual([]);
    const ecf = replay.decisions.find((each) => each.type === 'TrainingEvaluationRecorded');
    expect(ecf).toMatchObject({ status: 'consistent', rederived: ['EVIDENCE-CONTINUOUS'], rerun: ['EVIDENCE-CONTINUOUS'] });
    const statuses = replay.decisions.filter((each) => each.type === 'EvidenceCompletenessChanged');
    expect(statuses.length).toBeGreaterThanOrEqual(3);
    expect(statuses.every((each) => each.status === 'consistent' && each.rederived.includes('EVIDENCE-CONTINUOUS'))).toBe(true);
  });

  it('reads the candidate’s stream once for the whole replay, however many decisions are re-derived from it', async () => {
    const candidateId = await aCandidateWithAnEcf();
    const evaluationStore = stores.find('idf', 'evaluation');
    if (!evaluationStore) throw new Error('no evaluation store');
    const readStream = jest.spyOn(evaluationStore.store, 'readStream');
    try {
      const replay = await candidateReplay(stores, candidateId);
      expect(replay.decisions.filter((each) => each.status === 'consistent').length).toBeGreaterThanOrEqual(4);
      // The history's read of the candidate's events, then the replay's: not one more per decision.
      expect(readStream.mock.calls.filter(([streamId]) => streamId === `evaluation-${candidateId}`)).toHaveLength(2);
    } finally {
      readStream.mockRestore();
    }
  });

  it('re-derives the facts of an ECF stored before the trace (v1, rule id alone) from the stream, and flags nothing when they hold', async () => {
    const candidateId = await aCandidateWithAnEcf();
    const ecf = await storedEcf(candidateId);
    const { trace: _trace, ...rest } = ecf.data as Record<string, unknown>;
    await append(candidateId, 'TrainingEvaluationRecorded', 1, { ...rest, ccpCode: 'CCP2', rulebookId: (_trace as { rulebookId: string }).rulebookId, ruleIds: ['EVIDENCE-CONTINUOUS'] }, ecf.metadata as never);
    const replay = await candidateReplay(stores, candidateId);
    const older = replay.decisions.filter((each) => each.type === 'TrainingEvaluationRecorded').at(-1);
    expect(older).toMatchObject({ status: 'consistent', rederived: ['EVIDENCE-CONTINUOUS'], rerun: [], flags: [] });
  });

  it('flags an ECF whose recorded facts were edited to fit (facts-differ, naming the rule), and one that cites evidence never submitted (missing-citation)', async () => {
    const candidateId = await aCandidateWithAnEcf();
    const ecf = await storedEcf(candidateId);
    const data = ecf.data as { trace: { rules: { facts: Record<string, unknown> }[]; evidence: { id: string; sha256: string }[] } } & Record<string, unknown>;
    const [rule] = data.trace.rules;
    if (!rule) throw new Error('no rule');
    // Facts edited to fit: every ECF present. The rule, re-run on them, gives the verdict recorded beside them.
    const edited = { ...data, ccpCode: 'CCP2', trace: { ...data.trace, rules: [{ ...rule, facts: { ...rule.facts, dsppCcpCodes: ['CCP1', 'CCP2', 'CCP3', 'CCP4'] } }] } };
    await append(candidateId, 'TrainingEvaluationRecorded', 2, edited, ecf.metadata as never);
    const cited = { ...data, ccpCode: 'CCP1', trace: { ...data.trace, evidence: [...data.trace.evidence, { id: 'doc-CCP9', sha256: 'f'.repeat(64) }] } };
    await append(candidateId, 'TrainingEvaluationRecorded', 2, cited, ecf.metadata as never);

    const replay = await candidateReplay(stores, candidateId);
    expect(replay.ok).toBe(false);
    const [, forgedFacts, forgedEvidence] = replay.decisions.filter((each) => each.type === 'TrainingEvaluationRecorded');
    expect(forgedFacts?.flags).toEqual([expect.objectContaining({ kind: 'facts-differ', ruleId: 'EVIDENCE-CONTINUOUS', rederived: expect.objectContaining({ dsppCcpCodes: ['CCP1', 'CCP2', 'CCP3'] }) })]);
    expect(forgedEvidence?.flags.map((flag) => flag.kind).sort()).toEqual(['facts-differ', 'missing-citation']);
    expect(forgedEvidence?.flags.find((flag) => flag.kind === 'missing-citation')).toMatchObject({ recorded: { id: 'doc-CCP9', sha256: 'f'.repeat(64) }, message: { en: expect.stringContaining('doc-CCP9') } });
    expect(flagKinds(replay, 'EvidenceCompletenessChanged')).toEqual([]);
  });

  it('verify: a parchemin the issuance published for a decision no jury sealed is a broken award, at its service, stream and revision', async () => {
    const issuanceStore = await PostgresEventStore.create({ connectionString: issuance.url, notify: false, migrate: false, poolConfig: { max: 1 } });
    const candidateId = randomUUID();
    const decisionId = randomUUID();
    const parchment = {
      type: 'ParchmentIssued' as const,
      data: {
        candidateId,
        documentId: randomUUID(),
        decisionId,
        sessionId: randomUUID(),
        achievement: { kind: 'title' as const, titleCode: TITLE, ccsCode: null },
        ccpCodes: ['CCP1', 'CCP2', 'CCP3'],
        issuerRegion: 'idf',
        decidedOn: addDays(today, -2),
        issuedOn: addDays(today, -1),
        statusListIndex: 7,
        rectificationId: null,
        rulebookId: 'seed-2009',
        ruleApplications: [],
      },
    };
    try {
      await issuanceStore.appendToStream(`documents-${candidateId}`, [
        {
          eventId: randomUUID(),
          type: parchment.type,
          schemaVersion: documentsEvents.storageOf(parchment as never).schemaVersion,
          data: parchment.data,
          metadata: { occurredAt: new Date().toISOString(), correlationId: randomUUID(), causationId: null, actor: { subject: 'issuance', role: 'service' }, region: 'idf' } as never,
        },
      ]);
    } finally {
      await issuanceStore.close();
    }
    const report = await verifyStores(stores);
    expect(report.ok).toBe(false);
    expect(report.brokenLinks).toEqual([]);
    expect(report.awards.problems).toEqual([
      expect.objectContaining({ region: 'idf', service: 'document-issuance', streamId: `documents-${candidateId}`, revision: 0, subject: decisionId, reason: expect.stringContaining("idf's jury never sealed") }),
    ]);
  });

  it('replay: a parchemin re-derived from the decision it names in the deciding region’s jury store; another date is facts-differ, an unknown decision a missing citation', async () => {
    const issuanceStore = await PostgresEventStore.create({ connectionString: issuance.url, notify: false, migrate: false, poolConfig: { max: 1 } });
    const juryStore = await PostgresEventStore.create({ connectionString: jury.url, notify: false, migrate: false, poolConfig: { max: 1 } });
    const candidateId = randomUUID();
    const sessionDate = addDays(today, -3);
    const rulebook = rulebooks.rulebookInForceAt(sessionDate);
    if (!rulebook) throw new Error('no rulebook');
    const metadata = { occurredAt: new Date().toISOString(), correlationId: randomUUID(), causationId: null, actor: { subject: 'issuance', role: 'service' }, region: 'idf' } as never;
    const decisionId = randomUUID();
    const parchment = (id: string, decidedOn: string) => ({
      candidateId,
      documentId: randomUUID(),
      decisionId: id,
      sessionId: 's-1',
      achievement: { kind: 'title', titleCode: TITLE, ccsCode: null },
      ccpCodes: ['CCP1', 'CCP2', 'CCP3'],
      issuerRegion: 'idf',
      decidedOn,
      issuedOn: today,
      statusListIndex: 3,
      rectificationId: null,
      rulebookId: rulebook.id,
      ruleApplications: [
        applyRule(rulebook, 'PARCHMENT', { certifies: 'title', awardedOn: decidedOn, on: decidedOn }).application,
        applyRule(rulebook, 'ISSUER', { document: 'parchment', issuer: { kind: 'regional-office', region: 'idf' } }).application,
      ],
    });
    try {
      // What the audit's re-derivation reads of the deliberation: its decision, candidate and session date.
      await juryStore.appendToStream('jurysession-s-1', [{ eventId: randomUUID(), type: 'DeliberationRecorded', schemaVersion: 1, data: { decisionId, candidateId, decidedOn: sessionDate }, metadata }]);
      await issuanceStore.appendToStream(
        `documents-${candidateId}`,
        [parchment(decisionId, sessionDate), parchment(decisionId, addDays(sessionDate, -1)), parchment(randomUUID(), sessionDate)].map((data) => ({ eventId: randomUUID(), type: 'ParchmentIssued', schemaVersion: 1, data, metadata })),
      );
    } finally {
      await issuanceStore.close();
      await juryStore.close();
    }
    const replay = await candidateReplay(stores, candidateId);
    const parchments = replay.decisions.filter((each) => each.type === 'ParchmentIssued');
    expect(parchments.map((each) => each.status)).toEqual(['consistent', 'flagged', 'flagged']);
    expect(parchments[0]?.rederived.sort()).toEqual(['ISSUER', 'PARCHMENT']);
    expect(parchments[1]?.flags).toEqual([expect.objectContaining({ kind: 'facts-differ', ruleId: 'PARCHMENT', rederived: expect.objectContaining({ awardedOn: sessionDate }) })]);
    expect(parchments[2]?.flags).toEqual([expect.objectContaining({ kind: 'missing-citation', message: expect.objectContaining({ en: expect.stringContaining("idf's jury never recorded") }) })]);
  });
});
