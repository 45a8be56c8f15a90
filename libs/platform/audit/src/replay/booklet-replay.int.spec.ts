import { addDays, calendarDateInParis } from '@titrepro/domain-kernel';
import { documentsDecider, documentsEvents, documentsStreamId, parseRecordCcpAward, parseRecordRectification, type DocumentsCommand, type DocumentsEvent } from '@titrepro/domain-issuance';
import { handleCommand, PostgresEventStore } from '@titrepro/event-store';
import { createTestDatabase, type TestDatabase } from '@titrepro/testing';
import { randomUUID } from 'node:crypto';
import { AuditedStores } from '../stores/audited-stores';
import { candidateReplay } from './candidate-replay';

const today = calendarDateInParis(new Date());
const TITLE = 'TP-00495';

/**
 * Replay of livrets (BookletIssued), on real PostgreSQL stores: the livret is issued as the issuance
 * service issues it (its decider through handleCommand) and its facts are re-derived from the
 * decision it names in idf's jury store (its CCPs, session and date) and from its documents stream
 * before it (the CCPs already listed).
 */
describe('audit replay of livrets (real PostgreSQL)', () => {
  const regions = ['idf', 'bre'] as const;
  type Region = (typeof regions)[number];
  const databases: TestDatabase[] = [];
  const issuanceStore = {} as Record<Region, PostgresEventStore>;
  const juryStore = {} as Record<Region, PostgresEventStore>;
  let stores: AuditedStores;

  const metadata = (subject: string, region: Region) => ({ correlationId: randomUUID(), causationId: null, actor: { subject, role: 'service' }, region });

  /** What the re-derivation reads of a deliberation, in the deciding region's jury store. */
  const deliberation = (candidateId: string, decisionId: string, decidedOn: string, ccpCodesAwarded: readonly string[], region: Region = 'idf') =>
    juryStore[region].appendToStream(`jurysession-${randomUUID()}`, [
      { eventId: randomUUID(), type: 'DeliberationRecorded', schemaVersion: 1, data: { decisionId, candidateId, sessionId: `s-${decisionId}`, titleCode: TITLE, decidedOn, ccpCodesAwarded }, metadata: { ...metadata('jury', region), occurredAt: new Date().toISOString() } as never },
    ]);

  /** A region's issuance takes a CCP award (of its jury's, or another's) as its consumer does: the livret's next version, or the CCPs held. */
  const awarded = (candidateId: string, decisionId: string, decidedOn: string, ccpCodes: readonly string[], { region, issuingRegion }: { region: Region; issuingRegion: Region } = { region: 'idf', issuingRegion: 'idf' }) =>
    issue(issuingRegion, candidateId, parseRecordCcpAward({ candidateId, decisionId, sessionId: `s-${decisionId}`, region, titleCode: TITLE, ccpCodes, decidedOn, issuingRegion, documentId: randomUUID(), statusListIndex: 7 }));

  const issue = async (issuingRegion: Region, candidateId: string, parsed: ReturnType<typeof parseRecordCcpAward> | ReturnType<typeof parseRecordRectification>) => {
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const done = await handleCommand(issuanceStore[issuingRegion], documentsStreamId(candidateId), documentsDecider, parsed.value as DocumentsCommand, {
      now: new Date(),
      newEventId: randomUUID,
      metadata: metadata('issuance', issuingRegion),
      describe: (event: DocumentsEvent) => documentsEvents.storageOf(event),
      readEvent: (recorded) => {
        const read = documentsEvents.read(recorded);
        if (!read.ok) throw new Error(read.error.message);
        return read.value;
      },
    });
    if (!done.ok) throw new Error(JSON.stringify(done.error));
  };

  const livrets = async (candidateId: string) => (await candidateReplay(stores, candidateId)).decisions.filter((each) => each.type === 'BookletIssued');

  beforeAll(async () => {
    const configured = [];
    for (const region of regions) {
      const [issuance, jury] = await Promise.all([createTestDatabase(`audit_booklet_${region}_issuance`), createTestDatabase(`audit_booklet_${region}_jury`)]);
      databases.push(issuance, jury);
      issuanceStore[region] = await PostgresEventStore.create({ connectionString: issuance.url, notify: false, poolConfig: { max: 1 } });
      juryStore[region] = await PostgresEventStore.create({ connectionString: jury.url, notify: false, poolConfig: { max: 1 } });
      configured.push({ region, service: 'document-issuance' as const, url: issuance.url }, { region, service: 'jury' as const, url: jury.url });
    }
    stores = await AuditedStores.open(configured, { maxConnections: 1 });
  }, 60_000);

  afterAll(async () => {
    await stores?.close();
    for (const store of [...Object.values(issuanceStore), ...Object.values(juryStore)]) await store.close();
    await Promise.all(databases.map((database) => database.drop()));
  });

  it('a livret and its next version replay clean: BOOKLET, PARCHMENT and ISSUER re-derived from the decisions they name and the version before', async () => {
    const candidateId = randomUUID();
    const [first, second] = [randomUUID(), randomUUID()];
    await deliberation(candidateId, first, addDays(today, -40), ['CCP1']);
    await deliberation(candidateId, second, addDays(today, -10), ['CCP2', 'CCP3']);
    await awarded(candidateId, first, addDays(today, -40), ['CCP1']);
    await awarded(candidateId, second, addDays(today, -10), ['CCP2', 'CCP3']);
    const replayed = await livrets(candidateId);
    expect(replayed.map((each) => [each.status, each.flags, each.unchecked])).toEqual([
      ['consistent', [], []],
      ['consistent', [], []],
    ]);
    expect(replayed.map((each) => [...each.rederived].sort())).toEqual([
      ['BOOKLET', 'ISSUER', 'PARCHMENT'],
      ['BOOKLET', 'ISSUER', 'PARCHMENT'],
    ]);
  });

  it('across regions: bre’s livret lists idf’s CCP1 held before it and brings bre’s CCP2 and CCP3, all re-derived clean', async () => {
    const candidateId = randomUUID();
    const [idfDecision, breDecision] = [randomUUID(), randomUUID()];
    await deliberation(candidateId, idfDecision, addDays(today, -40), ['CCP1'], 'idf');
    await deliberation(candidateId, breDecision, addDays(today, -10), ['CCP2', 'CCP3'], 'bre');
    await awarded(candidateId, idfDecision, addDays(today, -40), ['CCP1'], { region: 'idf', issuingRegion: 'idf' });
    await awarded(candidateId, idfDecision, addDays(today, -40), ['CCP1'], { region: 'idf', issuingRegion: 'bre' });
    await awarded(candidateId, breDecision, addDays(today, -10), ['CCP2', 'CCP3'], { region: 'bre', issuingRegion: 'bre' });
    const replayed = await livrets(candidateId);
    expect(replayed.map((each) => [each.region, each.status, each.flags])).toEqual([
      ['idf', 'consistent', []],
      ['bre', 'consistent', []],
    ]);
  });

  it('a rectification withdrawing a CCP: the livret revoked and the one reissued on it each re-derived from the decision as it then stood', async () => {
    const candidateId = randomUUID();
    const decisionId = randomUUID();
    const rectificationId = randomUUID();
    const decidedOn = addDays(today, -10);
    await deliberation(candidateId, decisionId, decidedOn, ['CCP1', 'CCP2']);
    await awarded(candidateId, decisionId, decidedOn, ['CCP1', 'CCP2']);
    const rectified = { rectificationId, decisionId, candidateId, sessionId: `s-${decisionId}`, region: 'idf', titleCode: TITLE, ccpCodesAwarded: ['CCP1'], ccsCode: null, decidedOn };
    await juryStore.idf.appendToStream(`jurysession-${randomUUID()}`, [
      { eventId: randomUUID(), type: 'DecisionRectified', schemaVersion: 1, data: rectified, metadata: { ...metadata('jury', 'idf'), occurredAt: new Date().toISOString() } as never },
    ]);
    await issue(
      'idf',
      candidateId,
      parseRecordRectification({ ...rectified, outcome: { kind: 'title-not-awarded', ccpCodesAwarded: ['CCP1'] }, issuingRegion: 'idf', reissue: { documentId: randomUUID(), statusListIndex: 8 } }),
    );
    const replayed = await livrets(candidateId);
    expect(replayed.map((each) => [each.status, each.flags])).toEqual([
      ['consistent', []],
      ['consistent', []],
    ]);
  });

  it('a livret listing a CCP its decision did not award is facts-differ on BOOKLET for that CCP', async () => {
    const candidateId = randomUUID();
    const decisionId = randomUUID();
    await deliberation(candidateId, decisionId, addDays(today, -10), ['CCP1']);
    await awarded(candidateId, decisionId, addDays(today, -10), ['CCP1', 'CCP2']);
    const [livret] = await livrets(candidateId);
    expect(livret?.status).toBe('flagged');
    expect(livret?.flags).toEqual([expect.objectContaining({ kind: 'facts-differ', ruleId: 'BOOKLET', subject: 'CCP2', rederived: null })]);
  });

  it('a livret on another session date than its decision’s is facts-differ on the dates it read', async () => {
    const candidateId = randomUUID();
    const decisionId = randomUUID();
    await deliberation(candidateId, decisionId, addDays(today, -10), ['CCP1']);
    await awarded(candidateId, decisionId, addDays(today, -11), ['CCP1']);
    const [livret] = await livrets(candidateId);
    expect(livret?.flags.map((flag) => [flag.kind, flag.ruleId])).toEqual([
      ['facts-differ', 'PARCHMENT'],
      ['facts-differ', 'BOOKLET'],
    ]);
    expect(livret?.flags[1]?.rederived).toEqual(expect.objectContaining({ entry: expect.objectContaining({ obtainedOn: addDays(today, -10) }) }));
  });

  it('a livret whose decision awarded a CCP not of the title is rule-refuses on BOOKLET for that CCP', async () => {
    const candidateId = randomUUID();
    const decisionId = randomUUID();
    await deliberation(candidateId, decisionId, addDays(today, -10), ['CCP9']);
    await awarded(candidateId, decisionId, addDays(today, -10), ['CCP1']);
    const [livret] = await livrets(candidateId);
    expect(livret?.flags).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'rule-refuses', ruleId: 'BOOKLET', subject: 'CCP9', message: expect.objectContaining({ en: expect.stringContaining('CCP9 is not a CCP of the title') }) }),
        expect.objectContaining({ kind: 'facts-differ', ruleId: 'BOOKLET', subject: 'CCP1' }),
      ]),
    );
  });

  it('a livret naming a decision idf’s jury never recorded is a missing citation', async () => {
    const candidateId = randomUUID();
    await awarded(candidateId, randomUUID(), addDays(today, -10), ['CCP1']);
    const [livret] = await livrets(candidateId);
    expect(livret?.flags).toEqual([expect.objectContaining({ kind: 'missing-citation', message: expect.objectContaining({ en: expect.stringContaining("idf's jury never recorded") }) })]);
  });
});
